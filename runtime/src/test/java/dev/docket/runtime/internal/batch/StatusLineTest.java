package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.time.Duration;
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
    assertThat(line.next(jobs)).hasValue("all: 26, pending: 0 (+0), running: 26 (+26), finished: 0 (+0), retry: 0 (+0), failed: 0 (+0)");
    for (int i = 0; i < 16; i++) {
      jobs.get(i).phase = Job.Phase.FINISHED;
    }
    assertThat(line.next(jobs)).hasValue("all: 26, pending: 0 (+0), running: 10 (-16), finished: 16 (+16), retry: 0 (+0), failed: 0 (+0)");
  }

  @Test
  void stagedJobsCountAsPending() {
    List<Job> jobs = jobs(3);
    jobs.get(2).phase = Job.Phase.RETRY;
    assertThat(new StatusLine().next(jobs).orElseThrow()).startsWith("all: 3, pending: 2 (+2), running: 0 (+0), finished: 0 (+0), retry: 1 (+1)");
  }

  @Test
  void aLineIsDueWhenACountChanged_elseOnlyEveryThirtySeconds() {
    long[] now = {1_000};
    StatusLine line = new StatusLine(() -> now[0]);
    List<Job> jobs = jobs(3);
    jobs.forEach(j -> j.phase = Job.Phase.RUNNING);
    assertThat(line.next(jobs)).isPresent(); // the first poll always says where things stand
    now[0] += Duration.ofSeconds(10).toNanos();
    assertThat(line.next(jobs)).isEmpty();
    now[0] += Duration.ofSeconds(19).toNanos();
    assertThat(line.next(jobs)).isEmpty();
    jobs.get(0).phase = Job.Phase.FINISHED;
    // A change is printed at once, with the change since the line printed before.
    assertThat(line.next(jobs)).hasValue(
        "all: 3, pending: 0 (+0), running: 2 (-1), finished: 1 (+1), retry: 0 (+0), failed: 0 (+0)");
    now[0] += StatusLine.QUIET.toNanos() - 1;
    assertThat(line.next(jobs)).isEmpty();
    now[0] += 1;
    // Nothing changed for thirty seconds: the same counts again, as a sign of life.
    assertThat(line.next(jobs)).hasValue(
        "all: 3, pending: 0 (+0), running: 2 (+0), finished: 1 (+0), retry: 0 (+0), failed: 0 (+0)");
    assertThat(line.next(jobs)).isEmpty();
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

  @Test
  void theQuietPeriodCountsFromTheLastLineNotFromTheClocksZero() {
    long[] now = {Duration.ofHours(5).toNanos()}; // System.nanoTime() may be far from zero
    StatusLine line = new StatusLine(() -> now[0]);
    List<Job> jobs = jobs(2);
    assertThat(line.next(jobs)).isPresent();
    now[0] += Duration.ofSeconds(1).toNanos();

    assertThat(line.next(jobs)).isEmpty();
  }

  @Test
  void aSecondTryAcquireOfTheHolderStillHoldsIt() throws Exception {
    try (SubmissionLock lock = SubmissionLock.open(dir)) {
      assertThat(lock.tryAcquire()).isTrue();
      assertThat(lock.tryAcquire()).isTrue();
      assertThat(lock.holder()).isEqualTo(" (pid " + ProcessHandle.current().pid() + ")");
    }
  }

  @Test
  void eachPhaseHasItsOwnCount() {
    List<Job> jobs = jobs(7);
    Job.Phase[] phases = Job.Phase.values(); // STAGED, PENDING, RUNNING, HELD, FINISHED, RETRY, FAILED
    for (int i = 0; i < phases.length; i++) {
      jobs.get(i).phase = phases[i];
    }

    assertThat(new StatusLine().next(jobs)).hasValue(
        "all: 7, pending: 2 (+2), running: 1 (+1), finished: 1 (+1), retry: 1 (+1), failed: 1 (+1), held: 1 (+1)");
  }
}
