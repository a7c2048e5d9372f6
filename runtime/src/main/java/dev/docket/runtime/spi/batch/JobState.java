package dev.docket.runtime.spi.batch;

/** The state of a job as its backend reports it. */
public enum JobState {
  PENDING,
  RUNNING,
  /**
   * Kept from running by the batch system or an operator (HTCondor's hold, Slurm's user hold,
   * PBS's {@code H}); it may be released. The job machinery counts it as failed once it has been
   * held for {@code [job] held-timeout}, cancelling it first.
   */
  HELD,
  /** Ended with exit status 0. */
  FINISHED,
  /** Ended otherwise: non-zero exit, killed, cancelled, timed out, node failure. */
  FAILED,
  /** The backend does not know the job (any more). */
  UNKNOWN
}
