package dev.docket.runtime;

import dev.docket.runtime.internal.exec.Failures;
import dev.docket.runtime.internal.exec.InterruptedTaskException;

/**
 * The outcome of one task of a run.
 *
 * @param id the task
 * @param outcome what happened
 * @param seconds how long {@code run} took, {@code 0} when it did not run
 * @param error what the task threw ({@link Outcome#FAILED}; {@link Outcome#INTERRUPTED} when it
 *     threw as it was stopped), else {@code null}
 * @param upstream the failed task that prevented this one ({@link Outcome#FAILED_UPSTREAM}
 *     only), else {@code null}
 * @param startedAt when {@code run} started, in milliseconds since the epoch; {@code 0} when it
 *     did not run
 */
public record TaskResult(
    TaskId id, Outcome outcome, double seconds, Throwable error, TaskId upstream, long startedAt) {

  public TaskResult(TaskId id, Outcome outcome, double seconds, Throwable error, TaskId upstream) {
    this(id, outcome, seconds, error, upstream, 0);
  }

  /** The first line of the failure, as in {@code IOException: disk full}. */
  public String reason() {
    if (outcome == Outcome.FAILED_UPSTREAM) {
      return "needs " + upstream + ", which failed";
    }
    if (outcome == Outcome.INTERRUPTED) {
      // What a task says when it stops (e.g. that its batch jobs keep running) is worth
      // reading; a bare InterruptedException ("sleep interrupted") is not.
      return error instanceof InterruptedTaskException said
          ? "stopped when the run was interrupted; " + said.getMessage()
          : "stopped when the run was interrupted";
    }
    return error == null ? "" : Failures.firstLine(error);
  }
}
