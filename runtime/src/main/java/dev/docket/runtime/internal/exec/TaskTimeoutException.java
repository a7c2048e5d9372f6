package dev.docket.runtime.internal.exec;

import java.time.Duration;

/** A task's {@code run} took longer than its family's {@code timeout}. */
final class TaskTimeoutException extends Exception {
  private static final long serialVersionUID = 1L;

  TaskTimeoutException(Duration timeout) {
    super(
        "run() took longer than its timeout of " + Reporter.seconds(timeout.toMillis() / 1e3)
            + " and was interrupted; if it needs longer, raise timeout in its docket.cfg section"
            + " (or in its @Task)",
        null, false, false);
  }
}
