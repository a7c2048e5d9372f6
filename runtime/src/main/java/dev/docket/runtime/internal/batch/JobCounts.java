package dev.docket.runtime.internal.batch;

import java.util.List;

/**
 * How many jobs of a submission are in each phase: the one count that the status line, the
 * end-of-run summary and {@code --print-status} all read, so that they never disagree.
 *
 * @param all every job of the submission
 * @param staged jobs not submitted yet (waiting for a free slot)
 * @param queued jobs submitted and waiting in the batch system's queue
 * @param running jobs running
 * @param held jobs the batch system holds
 * @param finished jobs whose branches are complete
 * @param retry jobs that failed and wait to be submitted again
 * @param failed jobs given up on
 * @param retried finished jobs that needed more than one attempt
 * @param before finished jobs never submitted: their branches were complete already
 */
record JobCounts(int all, int staged, int queued, int running, int held, int finished, int retry,
    int failed, int retried, int before) {

  static JobCounts of(List<Job> jobs) {
    int staged = 0, queued = 0, running = 0, held = 0, finished = 0, retry = 0, failed = 0;
    int retried = 0, before = 0;
    for (Job job : jobs) {
      switch (job.phase) {
        case STAGED -> staged++;
        case PENDING -> queued++;
        case RUNNING -> running++;
        case HELD -> held++;
        case RETRY -> retry++;
        case FAILED -> failed++;
        case FINISHED -> {
          finished++;
          retried += job.attempts > 1 ? 1 : 0;
          before += job.attempts == 0 ? 1 : 0;
        }
      }
    }
    return new JobCounts(jobs.size(), staged, queued, running, held, finished, retry, failed,
        retried, before);
  }

  /** Jobs not running yet: staged, and queued in the batch system. */
  int pending() {
    return staged + queued;
  }

  /** Jobs that the batch system has now: queued, running or held. */
  int inFlight() {
    return queued + running + held;
  }

  /**
   * {@code 10 jobs on htcondor: 7 finished (2 after a retry), 1 running, 2 pending (1 not
   * submitted yet), 0 failed}: finished and failed always, the other phases when a job is in
   * them.
   */
  String describe(String backend) {
    StringBuilder out = new StringBuilder().append(all).append(all == 1 ? " job on " : " jobs on ")
        .append(backend).append(": ").append(finished).append(" finished");
    if (retried > 0 || before > 0) {
      out.append(" (");
      if (retried > 0) {
        out.append(retried).append(" after a retry");
      }
      if (before > 0) {
        out.append(retried > 0 ? ", " : "").append(before).append(" already complete");
      }
      out.append(')');
    }
    if (running > 0) {
      out.append(", ").append(running).append(" running");
    }
    if (pending() > 0) {
      out.append(", ").append(pending()).append(" pending");
      if (staged > 0) {
        out.append(" (").append(staged).append(" not submitted yet)");
      }
    }
    if (held > 0) {
      out.append(", ").append(held).append(" held");
    }
    if (retry > 0) {
      out.append(", ").append(retry).append(" to resubmit");
    }
    return out.append(", ").append(failed).append(" failed").toString();
  }
}
