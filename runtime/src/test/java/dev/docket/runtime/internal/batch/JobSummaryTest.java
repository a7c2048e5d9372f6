package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.batch.JobSubmission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobSummaryTest {
  private static final JobSubmission ALL =
      new JobSubmission(Path.of("/s/job.sh"), Path.of("/s"), List.of(), "docket-Skim", Path.of("/w"));

  static Job job(int index, String branches, Job.Phase phase, int attempts) {
    Job job = new Job(index, branches);
    job.phase = phase;
    job.attempts = attempts;
    return job;
  }

  /** {@code n} failed jobs of one branch each. */
  private static List<Job> failed(int n) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      jobs.add(job(i, String.valueOf(i), Job.Phase.FAILED, 1));
    }
    return jobs;
  }

  @Test
  void namesEachFailedJobsBranchesAndLog() {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      jobs.add(job(i, String.valueOf(i), Job.Phase.FINISHED, 1));
    }
    jobs.set(1, job(1, "2:4", Job.Phase.FAILED, 2));
    jobs.set(4, job(4, "8", Job.Phase.FAILED, 2));
    assertThat(JobSummary.failed(jobs, 2, ALL, 8, 11))
        .isEqualTo("2 of 6 jobs failed after 2 attempts: job 1 (branches 2:4, log /s/logs/job-1.log),"
            + " job 4 (branches 8, log /s/logs/job-4.log); 8 of 11 branches are complete");
  }

  @Test
  void manyFailedJobs_theFirstFiveAreNamed_theRestByTheirLogDirectory() {
    String summary = JobSummary.failed(failed(7), 1, ALL, 0, 7);
    assertThat(summary).startsWith("7 of 7 jobs failed after 1 attempt: job 0 (branches 0, log /s/logs/job-0.log), ");
    assertThat(summary).contains("job 4 (branches 4, log /s/logs/job-4.log) and 2 more (logs in /s/logs); 0 of 7");
    assertThat(summary).doesNotContain("job 5 ");
  }

  @Test
  void fiveFailedJobsAreAllNamed() {
    assertThat(JobSummary.failed(failed(5), 1, ALL, 0, 5)).endsWith(
        "job 4 (branches 4, log /s/logs/job-4.log); 0 of 5 branches are complete");
  }

  @Test
  void aSubmissionWithoutFailures_saysWhatItsJobsDid() {
    List<Job> jobs = List.of(
        job(0, "0:2", Job.Phase.FINISHED, 1), job(1, "2:4", Job.Phase.FINISHED, 3),
        job(2, "4:6", Job.Phase.FINISHED, 2), job(3, "6:8", Job.Phase.FINISHED, 0));
    assertThat(JobSummary.done(jobs, "htcondor", 8, 8)).isEqualTo(
        "4 jobs on htcondor: 4 finished (2 after a retry, 1 already complete), 0 failed;"
            + " 8 of 8 branches are complete");
  }

  @Test
  void oneJob_isOneJob() {
    assertThat(JobSummary.done(List.of(job(0, "0", Job.Phase.FINISHED, 1)), "slurm", 1, 1))
        .isEqualTo("1 job on slurm: 1 finished, 0 failed; 1 of 1 branches are complete");
  }
}
