package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.fixtures.Report_Family;
import dev.docket.runtime.fixtures.Report_Params;
import dev.docket.runtime.fixtures.Slow;
import java.nio.file.Files;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ctrl-C as the executor sees it: {@link Executor#interrupt} while a task runs. */
class ExecutorInterruptTest {
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  @Test
  void interruptStopsTheRunningTaskAndStartsNoOther() throws Exception {
    Slow.barrier = new CyclicBarrier(3); // nobody comes: the first Slow waits until stopped
    Slow.waitMillis = TimeUnit.MINUTES.toMillis(2);
    CompletableFuture<RunSummary> run =
        CompletableFuture.supplyAsync(
            () ->
                exec.run(
                    exec.graphs.plan(Report_Family.parse("--datasets", "slow-a,slow-b")), 1));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (Slow.barrier.getNumberWaiting() == 0) {
      assertThat(System.nanoTime() < deadline).isTrue();
      Thread.sleep(10);
    }
    exec.executor.interrupt("SIGINT");
    RunSummary summary = run.get(60, TimeUnit.SECONDS);

    assertThat(summary.interrupted()).isTrue();
    assertThat(summary.interruptedBy()).isEqualTo("SIGINT");
    assertThat(summary.success()).isFalse();
    assertThat(summary.count(Outcome.INTERRUPTED)).isEqualTo(1);
    assertThat(summary.count(Outcome.NOT_STARTED)).isEqualTo(2); // the other Slow, the Report
    assertThat(summary.count(Outcome.FAILED)).isEqualTo(0);
    assertThat(summary.count(Outcome.FAILED_UPSTREAM)).isEqualTo(0);
    assertThat(summary.interruptions().get(0).reason())
        .isEqualTo("stopped when the run was interrupted");
    assertThat(Files.exists(exec.store().resolve("slow"))).isFalse();

    exec.reporter.summary(summary);
    String printed = exec.out();
    assertThat(printed)
        .contains(
            "Summary: 0 ran, 0 already complete, 0 failed, 0 failed upstream, 1 interrupted,"
                + " 2 not started (the run was interrupted)");
    assertThat(printed).contains("  INTERRUPTED Slow(name=slow-a): stopped when the run was interrupted");
    assertThat(printed).contains("Interrupted (SIGINT): Report(");
  }

  @Test
  void aRunAfterTheInterruptStartsNothing() {
    exec.executor.interrupt("SIGTERM");
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "slow-a"), 2);
    assertThat(summary.interrupted()).isTrue();
    assertThat(summary.count(Outcome.NOT_STARTED)).isEqualTo(2);
    assertThat(summary.count(Outcome.RAN)).isEqualTo(0);
  }
}
