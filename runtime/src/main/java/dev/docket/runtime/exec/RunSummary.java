package dev.docket.runtime.exec;

import dev.docket.runtime.task.TaskId;
import java.util.List;

/**
 * The result of a run: one entry per node of the graph, dependencies first.
 *
 * @param root the requested task
 * @param results the outcome of every task of the graph
 */
public record RunSummary(TaskId root, List<TaskResult> results) {
  public RunSummary {
    results = List.copyOf(results);
  }

  public long count(Outcome outcome) {
    return results.stream().filter(r -> r.outcome() == outcome).count();
  }

  /** The failed and failed-upstream tasks, dependencies first. */
  public List<TaskResult> failures() {
    return results.stream()
        .filter(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.FAILED_UPSTREAM)
        .toList();
  }

  /** Whether the requested task is complete at the end of the run. */
  public boolean success() {
    for (TaskResult result : results) {
      if (result.id().equals(root)) {
        return result.outcome() == Outcome.RAN || result.outcome() == Outcome.COMPLETE;
      }
    }
    return false;
  }

  public TaskResult result(TaskId id) {
    for (TaskResult result : results) {
      if (result.id().equals(id)) {
        return result;
      }
    }
    throw new IllegalArgumentException("no task " + id + " in this run");
  }
}
