package dev.docket.runtime.exec;

import dev.docket.runtime.task.TaskId;
import java.util.List;

/**
 * The result of a run: one entry per node of the graph, dependencies first.
 *
 * @param root the requested task
 * @param results the outcome of every task of the graph
 * @param seconds the wall-clock time of the run
 */
public record RunSummary(TaskId root, List<TaskResult> results, double seconds) {
  public RunSummary {
    results = List.copyOf(results);
  }

  public RunSummary(TaskId root, List<TaskResult> results) {
    this(root, results, 0);
  }

  public long count(Outcome outcome) {
    long count = 0;
    for (TaskResult result : results) {
      if (result.outcome() == outcome) {
        count++;
      }
    }
    return count;
  }

  /** The failed and failed-upstream tasks, dependencies first. */
  public List<TaskResult> failures() {
    return results.stream()
        .filter(r -> r.outcome() == Outcome.FAILED || r.outcome() == Outcome.FAILED_UPSTREAM)
        .toList();
  }

  /** Whether the requested task is complete at the end of the run. */
  public boolean success() {
    // The root is last in graph order: look from the end.
    for (int i = results.size() - 1; i >= 0; i--) {
      TaskResult result = results.get(i);
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
