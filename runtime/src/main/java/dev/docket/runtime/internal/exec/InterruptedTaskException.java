package dev.docket.runtime.internal.exec;

/**
 * Thrown by a task that stops because the run was interrupted and has something to tell: its
 * message follows the task in the summary (e.g. that its batch jobs keep running and how to
 * attach to them). A plain {@link InterruptedException} says nothing worth printing.
 */
public class InterruptedTaskException extends InterruptedException {
  private static final long serialVersionUID = 1L;

  public InterruptedTaskException(String message, InterruptedException cause) {
    super(message);
    initCause(cause);
  }
}
