package dev.docket.runtime;

import dev.docket.runtime.task.TaskId;

/**
 * What the runtime hands to a task's {@code run(TaskContext)} method while it runs.
 *
 * <p>Later versions add dynamic dependencies and progress reports here; tasks that do not need
 * them declare {@code run()} without arguments.
 */
public interface TaskContext {
  /** The identity of the running task. */
  TaskId id();

  /** Writes one line to the run's log, prefixed with the task. */
  void log(String message);
}
