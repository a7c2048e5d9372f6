package dev.docket.runtime;

/** What happened to one task of a run. */
public enum Outcome {
  /** The task ran and produced all its outputs. */
  RAN,
  /** The task was complete before the run; it did not run. */
  COMPLETE,
  /** The task's planning or {@code run} threw, or an output is missing after {@code run}. */
  FAILED,
  /** A task it needs, directly or not, failed; it did not run. */
  FAILED_UPSTREAM,
  /**
   * The run was interrupted (Ctrl-C, SIGTERM) while the task ran: it was stopped, and what it
   * wrote was removed.
   */
  INTERRUPTED,
  /**
   * The run stopped before it: at an earlier failure ({@code --keep-going} not in force), or
   * because it was interrupted.
   */
  NOT_STARTED
}
