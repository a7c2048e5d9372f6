package dev.docket.runtime.exec;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.task.TaskId;

/** The {@link TaskContext} of one running task: its identity and the run's log. */
final class RunContext implements TaskContext {
  private final TaskId id;
  private final Reporter reporter;

  RunContext(TaskId id, Reporter reporter) {
    this.id = id;
    this.reporter = reporter;
  }

  @Override
  public TaskId id() {
    return id;
  }

  @Override
  public void log(String message) {
    reporter.log(id, message);
  }
}
