package dev.docket.runtime.internal.batch;

import dev.docket.runtime.spi.batch.JobSubmission;
import java.util.List;

/**
 * The end of a submission, in one line, counted by {@link JobCounts} as the status line is.
 * With failed jobs: how many failed, each one's branches and log (the first {@value #NAMED};
 * the log directory for the rest), and how many branches are complete; what the user reads
 * first, so it names what to look at. Without: what the jobs did, retries included.
 */
final class JobSummary {
  static final int NAMED = 5;

  private JobSummary() {}

  /**
   * {@code 1 of 4 jobs failed after 2 attempts: job 2 (branches 2, log …/logs/job-2.log); 3 of
   * 4 branches are complete}.
   */
  static String failed(List<Job> jobs, int maxAttempts, JobSubmission all, int complete, int branches) {
    List<Job> failed = jobs.stream().filter(j -> j.phase == Job.Phase.FAILED).toList();
    StringBuilder out = new StringBuilder()
        .append(JobCounts.of(jobs).failed()).append(" of ").append(jobs.size()).append(" jobs failed after ")
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
    return out.append("; ").append(branches(complete, branches)).toString();
  }

  /**
   * {@code 10 jobs on htcondor: 10 finished (2 after a retry), 0 failed; 20 of 20 branches are
   * complete}.
   */
  static String done(List<Job> jobs, String backend, int complete, int branches) {
    return JobCounts.of(jobs).describe(backend) + "; " + branches(complete, branches);
  }

  private static String branches(int complete, int branches) {
    return complete + " of " + branches + " branches are complete";
  }
}
