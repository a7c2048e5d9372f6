package dev.docket.runtime.internal.batch;

import dev.docket.runtime.spi.batch.JobSubmission;
import java.util.List;

/**
 * The end of a submission with failed jobs, in one line: how many failed, each one's branches
 * and log (the first {@value #NAMED}; the log directory for the rest), and how many branches
 * are complete. What the user reads first, so it names what to look at.
 */
final class JobSummary {
  static final int NAMED = 5;

  private JobSummary() {}

  /**
   * {@code 1 of 4 jobs failed after 2 attempts: job 2 (branches 2, log …/logs/job-2.log); 3 of
   * 4 branches are complete}.
   */
  static String of(List<Job> failed, int jobs, int maxAttempts, JobSubmission all,
      int complete, int branches) {
    StringBuilder out = new StringBuilder()
        .append(failed.size()).append(" of ").append(jobs).append(" jobs failed after ")
        .append(maxAttempts).append(maxAttempts == 1 ? " attempt: " : " attempts: ");
    for (int i = 0; i < Math.min(NAMED, failed.size()); i++) {
      Job job = failed.get(i);
      out.append(i > 0 ? ", " : "").append("job ").append(job.index).append(" (branches ")
          .append(job.branches).append(", log ").append(all.log(job.index)).append(')');
    }
    if (failed.size() > NAMED) {
      out.append(" and ").append(failed.size() - NAMED).append(" more (logs in ")
          .append(all.logs()).append(')');
    }
    return out.append("; ").append(complete).append(" of ").append(branches)
        .append(" branches are complete").toString();
  }
}
