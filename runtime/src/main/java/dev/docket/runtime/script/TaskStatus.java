package dev.docket.runtime.script;

import dev.docket.runtime.TaskId;
import java.util.List;

/**
 * One task of a graph as {@link Docket#status} sees it.
 *
 * @param id the task's identity, e.g. {@code Selection(dataset=ttbar, version=v1)}
 * @param depth 0 for the task asked about, 1 for what it requires, and so on
 * @param complete whether the task is complete (make's rule: outputs exist and are not older
 *     than those of its requirements, which are complete)
 * @param outputs its outputs, described ({@code Target.describe()})
 */
public record TaskStatus(TaskId id, int depth, boolean complete, List<String> outputs) {
  public TaskStatus {
    outputs = List.copyOf(outputs);
  }

  /** {@code   [x] Selection(dataset=ttbar, version=v1)}, indented by depth. */
  @Override
  public String toString() {
    return "  ".repeat(depth) + (complete ? "[x] " : "[ ] ") + id;
  }
}
