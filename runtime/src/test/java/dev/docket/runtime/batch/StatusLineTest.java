package dev.docket.runtime.batch;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatusLineTest {
  @TempDir Path dir;

  private static List<Job> jobs(int count) {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      jobs.add(new Job(i, String.valueOf(i)));
    }
    return jobs;
  }

  @Test
  void countsEachPhaseWithTheChangeSinceThePreviousPoll() {
    List<Job> jobs = jobs(26);
    jobs.forEach(j -> j.phase = Job.Phase.RUNNING);
    StatusLine line = new StatusLine();
    assertThat(line.next(jobs))
        .isEqualTo("all: 26, pending: 0 (+0), running: 26 (+26), finished: 0 (+0), retry: 0 (+0), failed: 0 (+0)");
    for (int i = 0; i < 16; i++) {
      jobs.get(i).phase = Job.Phase.FINISHED;
    }
    assertThat(line.next(jobs))
        .isEqualTo("all: 26, pending: 0 (+0), running: 10 (-16), finished: 16 (+16), retry: 0 (+0), failed: 0 (+0)");
  }

  @Test
  void stagedJobsCountAsPending() {
    List<Job> jobs = jobs(3);
    jobs.get(2).phase = Job.Phase.RETRY;
    assertThat(new StatusLine().next(jobs)).startsWith("all: 3, pending: 2 (+2), running: 0 (+0), finished: 0 (+0), retry: 1 (+1)");
  }

  @Test
  void theRecordReadsBackWhatWasSaved() throws Exception {
    List<Job> jobs = jobs(2);
    jobs.get(0).phase = Job.Phase.RUNNING;
    jobs.get(0).attempts = 2;
    jobs.get(0).backendId = "17_0";
    new JobRecord("slurm", 3, jobs).save(dir);
    JobRecord back = JobRecord.load(dir).orElseThrow();
    assertThat(back.backend()).isEqualTo("slurm");
    assertThat(back.tasksPerJob()).isEqualTo(3);
    assertThat(back.inFlight()).hasSize(1);
    Job first = back.jobs().get(0);
    assertThat(first.phase).isEqualTo(Job.Phase.RUNNING);
    assertThat(first.attempts).isEqualTo(2);
    assertThat(first.backendId).isEqualTo("17_0");
    assertThat(back.jobs().get(1).phase).isEqualTo(Job.Phase.STAGED);
  }
}
