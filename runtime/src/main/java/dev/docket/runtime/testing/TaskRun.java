package dev.docket.runtime.testing;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskFamily;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link TaskTester#run} did: the outcome of every task of the graph and the log the
 * command line would have printed (progress, task logs, summary, stack traces of failures).
 */
public final class TaskRun {
  private final TaskRegistry registry;
  private final RunSummary summary;
  private final String log;

  TaskRun(TaskRegistry registry, RunSummary summary, String log) {
    this.registry = registry;
    this.summary = summary;
    this.log = log;
  }

  public RunSummary summary() {
    return summary;
  }

  /** Everything the run printed, as {@code run <Task>} prints it. */
  public String log() {
    return log;
  }

  /** Whether the requested task is complete at the end. */
  public boolean succeeded() {
    return summary.success();
  }

  /** Throws an {@link AssertionError} with the log unless the requested task is complete. */
  public TaskRun assertSucceeded() {
    if (!succeeded()) {
      throw new AssertionError("expected " + summary.root() + " to complete, but:\n" + log);
    }
    return this;
  }

  /** The identity of {@code task}, as the graph knows it. */
  public TaskId idOf(Object task) {
    return registry.familyOf(task).id(task);
  }

  /** What happened to {@code task}, which must be part of the run's graph. */
  public Outcome outcome(Object task) {
    return summary.result(idOf(task)).outcome();
  }

  /** The tasks that ran, dependencies first. */
  public List<TaskId> ran() {
    return summary.results().stream()
        .filter(r -> r.outcome() == Outcome.RAN)
        .map(TaskResult::id)
        .toList();
  }

  /** How many tasks of {@code family} (its name, e.g. {@code SelectEvents}) ran. */
  public long ranCount(String family) {
    return ran().stream().filter(id -> id.family().equals(family)).count();
  }

  /** The outputs of {@code task}, in the order its {@code @Output} methods give them. */
  public List<Target> outputs(Object task) {
    List<Target> outputs = new ArrayList<>();
    try {
      outputsOf(registry.familyOf(task), task, outputs);
    } catch (Exception e) {
      throw new AssertionError("the outputs of " + idOf(task) + " threw " + e, e);
    }
    return outputs;
  }

  private static <T> void outputsOf(TaskFamily<T> family, T task, List<Target> sink)
      throws Exception {
    family.outputs(task, sink::add);
  }
}
