package dev.docket.runtime.spi.batch;

/** The state of a job as its backend reports it. */
public enum JobState {
  PENDING,
  RUNNING,
  /** Ended with exit status 0. */
  FINISHED,
  /** Ended otherwise: non-zero exit, killed, cancelled, timed out, node failure. */
  FAILED,
  /** The backend does not know the job (any more). */
  UNKNOWN
}
