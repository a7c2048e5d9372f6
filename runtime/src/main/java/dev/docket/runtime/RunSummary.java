package dev.docket.runtime;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
  private final String interruptedBy;

  /**
   * @param root the requested task
   * @param results the outcome of every task of the graph
   * @param seconds the wall-clock time of the run
   */
  public RunSummary(TaskId root, List<TaskResult> results, double seconds) {
    this(root, results, seconds, (String) null);
  }

  /**
   * @param interruptedBy the signal that interrupted the run ({@code SIGINT}, {@code SIGTERM}),
   *     or {@code null}
   */
  public RunSummary(TaskId root, List<TaskResult> results, double seconds, String interruptedBy) {
    this.root = root;
    this.results = List.copyOf(results);
    this.seconds = seconds;
    this.interruptedBy = interruptedBy;
    for (TaskResult result : this.results) {
      counts[result.outcome().ordinal()]++;
    }
  }

  /**
   * The summary of a run that found every one of {@code tasks} (the requested {@code root}
   * among them) complete. Its results are made when read, since the history and the report only
   * count them: a no-op run of a hundred thousand tasks need not hold a hundred thousand
   * results, so {@code tasks} may be a view that makes each id when asked.
   */
  public static RunSummary allComplete(TaskId root, List<TaskId> tasks, double seconds) {
    List<TaskResult> results =
        new AbstractList<>() {
          @Override
          public TaskResult get(int index) {
            return new TaskResult(tasks.get(index), Outcome.COMPLETE, 0, null, null);
          }

          @Override
          public int size() {
            return tasks.size();
          }
        };
    return new RunSummary(root, results, seconds, Outcome.COMPLETE);
  }

  private RunSummary(TaskId root, List<TaskResult> results, double seconds, Outcome all) {
    this.root = root;
    this.results = Collections.unmodifiableList(results);
    this.seconds = seconds;
    this.interruptedBy = null;
    counts[all.ordinal()] = results.size();
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

  /** Whether a signal (Ctrl-C, SIGTERM) stopped the run. */
  public boolean interrupted() {
    return interruptedBy != null;
  }

  /** The signal that stopped the run, as {@code SIGINT}; {@code null} when none did. */
  public String interruptedBy() {
    return interruptedBy;
  }

  public long count(Outcome outcome) {
    return counts[outcome.ordinal()];
  }

  /** The failed and failed-upstream tasks, dependencies first. */
  public List<TaskResult> failures() {
    return only(EnumSet.of(Outcome.FAILED, Outcome.FAILED_UPSTREAM));
  }

  /** The tasks that were stopped by the interrupt, dependencies first. */
  public List<TaskResult> interruptions() {
    return only(EnumSet.of(Outcome.INTERRUPTED));
  }

  /** The tasks whose outcome is one of {@code outcomes}, in the run's order. */
  private List<TaskResult> only(Set<Outcome> outcomes) {
    if (outcomes.stream().allMatch(outcome -> counts[outcome.ordinal()] == 0)) {
      return List.of();
    }
    List<TaskResult> found = new ArrayList<>();
    for (TaskResult result : results) {
      if (outcomes.contains(result.outcome())) {
        found.add(result);
      }
    }
    return List.copyOf(found);
  }

  /** The tasks that ran, failed or did not start: every result but the complete ones. */
  public List<TaskResult> notComplete() {
    if (counts[Outcome.COMPLETE.ordinal()] == results.size()) {
      return List.of();
    }
    List<TaskResult> changed = new ArrayList<>();
    for (TaskResult result : results) {
      if (result.outcome() != Outcome.COMPLETE) {
        changed.add(result);
      }
    }
    return changed;
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
