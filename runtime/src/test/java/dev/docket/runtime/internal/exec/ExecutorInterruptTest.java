package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.fixtures.Report_Family;
import dev.docket.runtime.fixtures.Report_Params;
import dev.docket.runtime.fixtures.Slow;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskBuilder;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
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
    assertThat(exec.err()).doesNotContain("did not stop"); // it stopped when interrupted

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

  @Test
  void aTaskThatIgnoresTheInterruptIsLeftBehindAfterTheGrace_itsUnfinishedFileRemoved() throws Exception {
    CountDownLatch writing = new CountDownLatch(1);
    AtomicBoolean release = new AtomicBoolean();
    TaskGraph graph = exec.graphs
        .adapting(f -> f != Chain_Family.INSTANCE ? f : new ForwardingTaskFamily<Chain>(Chain_Family.INSTANCE) {
          @Override
          public void run(Chain task, TaskContext context) throws Exception {
            try (Writer out = LocalFileTarget.of("chain", "0.txt").newWriter()) {
              out.write("half");
              writing.countDown();
              ignoreInterruptsUntil(release);
            }
          }
        })
        .plan(TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, 0).build());
    // No progress line due for an hour: the interrupt itself wakes the calling thread to count
    // the grace from.
    RunSettings quiet = RunSettings.of(1).withProgress(ProgressStyle.TASKS, Duration.ofHours(1));
    CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> exec.run(graph, quiet));
    assertThat(writing.await(30, TimeUnit.SECONDS)).isTrue();
    long interrupted = System.nanoTime();
    exec.executor.interrupt("SIGTERM");
    RunSummary summary;
    try {
      summary = run.get(60, TimeUnit.SECONDS);
    } finally {
      release.set(true);
    }

    assertThat(System.nanoTime() - interrupted).isAtLeast(Executor.STOP_GRACE_NANOS);
    assertThat(summary.count(Outcome.INTERRUPTED)).isEqualTo(1);
    assertThat(exec.err())
        .contains("docket: 1 task(s) did not stop within 5 s of the interrupt; left behind, their 1"
            + " unfinished file(s) removed\n");
    try (Stream<Path> files = Files.list(exec.store().resolve("chain"))) {
      assertThat(files.toList()).isEmpty(); // neither the output nor its temporary file
    }
  }

  @Test
  void aTaskLeftBehindThatWroteNothingIsNotedWithoutFiles() throws Exception {
    CountDownLatch running = new CountDownLatch(1);
    AtomicBoolean release = new AtomicBoolean();
    TaskGraph graph = exec.graphs
        .adapting(f -> f != Chain_Family.INSTANCE ? f : new ForwardingTaskFamily<Chain>(Chain_Family.INSTANCE) {
          @Override
          public void run(Chain task, TaskContext context) {
            running.countDown();
            ignoreInterruptsUntil(release); // and has not begun to write
          }
        })
        .plan(TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, 0).build());
    RunSettings quiet = RunSettings.of(1).withProgress(ProgressStyle.TASKS, Duration.ofHours(1));
    CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> exec.run(graph, quiet));
    assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
    exec.executor.interrupt("SIGINT");
    RunSummary summary;
    try {
      summary = run.get(60, TimeUnit.SECONDS);
    } finally {
      release.set(true);
    }

    assertThat(summary.count(Outcome.INTERRUPTED)).isEqualTo(1);
    assertThat(exec.err())
        .contains("docket: 1 task(s) did not stop within 5 s of the interrupt; left behind\n");
  }

  /** A task that does not stop when asked: it goes on until {@code release} is set. */
  private static void ignoreInterruptsUntil(AtomicBoolean release) {
    while (!release.get()) {
      try {
        Thread.sleep(10);
      } catch (InterruptedException ignored) {
        // asked to stop: goes on
      }
    }
  }
}
