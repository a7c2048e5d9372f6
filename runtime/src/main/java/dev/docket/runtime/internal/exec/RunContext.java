package dev.docket.runtime.internal.exec;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;

/**
 * The {@link TaskContext} of one running task: its identity, the run's log, and dynamic
 * dependencies, which the executor plans and runs on the task's own worker thread.
 */
final class RunContext implements TaskContext {
  /** Runs a dynamic dependency to completion or throws why it could not. */
  interface DynamicRequirements {
    void require(TaskId requester, Object task) throws Exception;
  }

  private final TaskId id;
  private final Reporter reporter;
  private final DynamicRequirements dynamic;
  private volatile boolean completedElsewhere;

  RunContext(TaskId id, Reporter reporter, DynamicRequirements dynamic) {
    this.id = id;
    this.reporter = reporter;
    this.dynamic = dynamic;
  }

  @Override
  public TaskId id() {
    return id;
  }

  @Override
  public void log(String message) {
    reporter.log(id, message);
  }

  @Override
  public void completedElsewhere() {
    completedElsewhere = true;
  }

  /** Whether the task said that another run did its work ({@link #completedElsewhere()}). */
  boolean saidCompletedElsewhere() {
    return completedElsewhere;
  }

  @Override
  public <T> T require(T task) throws Exception {
    dynamic.require(id, task);
    return task;
  }
}
