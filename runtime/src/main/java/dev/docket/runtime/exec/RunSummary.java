package dev.docket.runtime.exec;

import dev.docket.runtime.task.TaskId;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of a run: one entry per node of the graph, dependencies first. The counts per
 * outcome are taken once, since a summary of a hundred thousand tasks is counted by the report
 * and by the history alike.
 */
public final class RunSummary {
  private final TaskId root;
  private final List<TaskResult> results;
  private final double seconds;
  private final long[] counts = new long[Outcome.values().length];

  /**
   * @param root the requested task
   * @param results the outcome of every task of the graph
   * @param seconds the wall-clock time of the run
   */
  public RunSummary(TaskId root, List<TaskResult> results, double seconds) {
    this.root = root;
    this.results = List.copyOf(results);
    this.seconds = seconds;
    for (TaskResult result : this.results) {
      counts[result.outcome().ordinal()]++;
    }
  }

  public RunSummary(TaskId root, List<TaskResult> results) {
    this(root, results, 0);
  }

  /** The requested task. */
  public TaskId root() {
    return root;
  }

  /** The outcome of every task of the graph, dependencies first. */
  public List<TaskResult> results() {
    return results;
  }

  /** The wall-clock time of the run. */
  public double seconds() {
    return seconds;
  }

  public long count(Outcome outcome) {
    return counts[outcome.ordinal()];
  }

  /** The failed and failed-upstream tasks, dependencies first. */
  public List<TaskResult> failures() {
    if (counts[Outcome.FAILED.ordinal()] + counts[Outcome.FAILED_UPSTREAM.ordinal()] == 0) {
      return List.of();
    }
    List<TaskResult> failures = new ArrayList<>();
    for (TaskResult result : results) {
      if (result.outcome() == Outcome.FAILED || result.outcome() == Outcome.FAILED_UPSTREAM) {
        failures.add(result);
      }
    }
    return List.copyOf(failures);
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

  @Override
  public String toString() {
    return "RunSummary[root=" + root + ", " + results.size() + " tasks, " + seconds + " s]";
  }
}
