package dev.docket.runtime.internal.batch;

/**
 * One job of a workflow submission, as the record keeps it: mutable, owned by the
 * {@link JobManager}'s single thread.
 */
final class Job {
  /** Where a job is in its life; {@code STAGED} jobs wait for a free slot. */
  enum Phase { STAGED, PENDING, RUNNING, HELD, FINISHED, RETRY, FAILED }

  final int index;
  final String branches;
  Phase phase = Phase.STAGED;
  int attempts;
  String backendId = "-";
  /**
   * When this client first saw the job held ({@link System#nanoTime()}), or 0: kept in memory
   * only, so a client that re-attaches gives a held job a whole {@code held-timeout} again.
   */
  long heldSince;
  /** The batch system's last word on the job (a hold or failure reason), for messages. */
  String reason = "";

  Job(int index, String branches) {
    this.index = index;
    this.branches = branches;
  }

  boolean inFlight() {
    return phase == Phase.PENDING || phase == Phase.RUNNING || phase == Phase.HELD;
  }

  /** Whether it waits to be submitted: first ({@code STAGED}) or again ({@code RETRY}). */
  boolean waiting() {
    return phase == Phase.STAGED || phase == Phase.RETRY;
  }
}
