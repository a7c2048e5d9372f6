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

  @Test
  void namesEachFailedJobsBranchesAndLog() {
    Job second = new Job(1, "2:4");
    Job fifth = new Job(4, "8");
    assertThat(JobSummary.of(List.of(second, fifth), 6, 2, ALL, 8, 11))
        .isEqualTo("2 of 6 jobs failed after 2 attempts: job 1 (branches 2:4, log /s/logs/job-1.log),"
            + " job 4 (branches 8, log /s/logs/job-4.log); 8 of 11 branches are complete");
  }

  @Test
  void manyFailedJobs_theFirstFiveAreNamed_theRestByTheirLogDirectory() {
    List<Job> failed = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      failed.add(new Job(i, String.valueOf(i)));
    }
    String summary = JobSummary.of(failed, 7, 1, ALL, 0, 7);
    assertThat(summary).startsWith("7 of 7 jobs failed after 1 attempt: job 0 (branches 0, log /s/logs/job-0.log), ");
    assertThat(summary).contains("job 4 (branches 4, log /s/logs/job-4.log) and 2 more (logs in /s/logs); 0 of 7");
    assertThat(summary).doesNotContain("job 5 ");
  }

  @Test
  void fiveFailedJobsAreAllNamed() {
    List<Job> failed = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      failed.add(new Job(i, String.valueOf(i)));
    }
    assertThat(JobSummary.of(failed, 5, 1, ALL, 0, 5)).endsWith(
        "job 4 (branches 4, log /s/logs/job-4.log); 0 of 5 branches are complete");
  }
}
