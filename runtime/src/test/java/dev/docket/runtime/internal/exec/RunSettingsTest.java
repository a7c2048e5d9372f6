package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.TextOrder.assertBefore;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Report_Family;
import dev.docket.runtime.fixtures.Slow;
import dev.docket.runtime.spi.Scheduling;
import java.time.Duration;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retries, timeouts, stop-at-first-failure and the progress styles. */
class RunSettingsTest {
  private static final TaskId FAILING = new TaskId("Failing", "dataset=fail, version=v1");

  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  private String output() {
    return exec.out();
  }

  private static Scheduling.Policies only(String family, Scheduling.Policy policy) {
    return f -> f.name().equals(family) ? policy : Scheduling.Policy.DEFAULT;
  }

  @Test
  void aFailingTaskIsRetriedWithDoublingDelaysThenFails() {
    RunSettings settings =
        RunSettings.of(1)
            .withTasks(only("Failing", new Scheduling.Policy(2, Duration.ofMillis(20), null)));
    long start = System.nanoTime();
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "fail"), settings);
    double seconds = (System.nanoTime() - start) / 1e9;

    assertThat(summary.result(FAILING).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(output())
        .contains("attempt 1 of 3 failed (IOException: disk full); retrying in 0.02 s");
    assertThat(output())
        .contains("attempt 2 of 3 failed (IOException: disk full); retrying in 0.04 s");
    assertThat(output()).doesNotContain("attempt 3 of 3 failed");
    assertThat(seconds).isAtLeast(0.06); // 20 ms, then 40 ms: the back-off really waited
  }

  @Test
  void aTaskOverItsTimeoutFailsWithAClearReason() {
    Slow.barrier = new CyclicBarrier(2); // its partner never comes: it would wait 5 s
    RunSettings settings =
        RunSettings.of(1)
            .withTasks(only("Slow", new Scheduling.Policy(0, Duration.ZERO, Duration.ofMillis(100))));
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "slow-a"), settings);

    TaskResult slow = summary.result(new TaskId("Slow", "name=slow-a"));
    assertThat(slow.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(slow.reason())
        .isEqualTo(
            "run() took longer than its timeout of 0.10 s and was interrupted; if it needs longer,"
                + " raise timeout in its docket.cfg section (or in its @Task)");
  }

  @Test
  void withoutKeepGoingNothingStartsAfterTheFirstFailure() {
    RunSettings settings = RunSettings.of(1).withKeepGoing(false);
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "fail,ttbar"), settings);

    assertThat(summary.result(FAILING).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(summary.count(Outcome.RAN)).isEqualTo(0);
    assertThat(summary.count(Outcome.NOT_STARTED)).isEqualTo(2); // ttbar: Selection, Reconstruction
    exec.reporter.summary(summary);
    assertThat(output()).contains("2 not started (stopped at the first failure)");
  }

  @Test
  void keepGoingRunsTheIndependentBranch() {
    RunSummary summary =
        exec.run(
            exec.graphs.plan(Report_Family.parse("--datasets", "fail,ttbar")), RunSettings.of(1));
    assertThat(summary.count(Outcome.RAN)).isAtLeast(1);
    assertThat(summary.count(Outcome.NOT_STARTED)).isEqualTo(0);
  }

  @Test
  void periodicStylePrintsProgressLinesAndNoLinePerTask() {
    Slow.barrier = new CyclicBarrier(2);
    Slow.waitMillis = 300; // long enough for a few progress lines at a 50 ms interval
    RunSettings settings =
        RunSettings.of(1).withProgress(ProgressStyle.PERIODIC, Duration.ofMillis(50));
    exec.run(Report_Family.parse("--datasets", "slow-a"), settings);

    assertThat(output()).containsMatch("(?m)^progress: 0/2 done, 1 running, 1 pending, 0 failed; \\d+ s, [\\d.]+ tasks/s$");
    assertThat(output()).doesNotContain("start Slow");
    assertThat(output()).contains("[1/2] FAILED Slow(name=slow-a)");
  }

  @Test
  void liveStyleRedrawsOneLineInPlace() {
    Slow.barrier = new CyclicBarrier(2);
    Slow.waitMillis = 200;
    RunSettings settings = RunSettings.of(1).withProgress(ProgressStyle.LIVE, Duration.ofMillis(40));
    exec.run(Report_Family.parse("--datasets", "slow-a"), settings);

    assertThat(output()).contains("\r\033[K0/2 done, 1 running, 1 pending, 0 failed; ");
    // The failure line is printed over the cleared live line, not appended to it.
    assertThat(output()).contains("\r\033[K[1/2] FAILED Slow(name=slow-a)");
    assertThat(output()).doesNotContain("progress: ");
  }

  @Test
  void aResourceWithLimitOneKeepsTasksThatHoldItApart() {
    Slow.barrier = new CyclicBarrier(2); // two Slow tasks finish only if they run at once
    Slow.waitMillis = 300;
    Scheduling.Policy holdsDb =
        new Scheduling.Policy(0, Duration.ZERO, null, 0, java.util.Map.of("db", 1L));
    RunSettings settings =
        RunSettings.of(2).withTasks(only("Slow", holdsDb)).withResourceLimits(java.util.Map.of("db", 1L));
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "slow-a,slow-b"), settings);
    // With 2 workers they would meet at the barrier; the db limit runs them one at a time.
    assertThat(summary.count(Outcome.FAILED)).isEqualTo(2);

    Slow.barrier = new CyclicBarrier(2);
    TestStores.reset(exec.store().resolve("again"));
    RunSummary unlimited =
        exec.run(
            exec.graphs.plan(Report_Family.parse("--datasets", "slow-a,slow-b")),
            RunSettings.of(2).withTasks(only("Slow", holdsDb)));
    assertThat(unlimited.success()).isTrue();
  }

  @Test
  void higherPriorityRunsFirstAmongReadyTasks() {
    Scheduling.Policy urgent = new Scheduling.Policy(0, Duration.ZERO, null, 10, java.util.Map.of());
    RunSettings settings = RunSettings.of(1).withTasks(only("Failing", urgent));
    exec.run(Report_Family.parse("--datasets", "ttbar,fail"), settings);
    String log = output();
    // In graph order ttbar's Selection would start first; the priority puts Failing first.
    assertBefore(log, "start Failing", "start Selection");
  }
}
