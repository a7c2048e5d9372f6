package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskBuilder;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The executor around its tasks: the checks before a run, what is printed when a worker's next
 * task failed to plan, the order of failed-upstream ends, an interrupt of the calling thread.
 * The graphs are Chain links with requirements, failures and outputs chosen per test.
 */
class ExecutorEdgesTest {
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  private static Chain chain(int n) {
    return TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, n).build();
  }

  private static TaskId link(int n) {
    return new TaskId("Chain", "n=" + n);
  }

  /** Chain links shaped by the test: each link's requirements, and what fails or writes where. */
  private static final class Shaped extends ExecutorFixture.ReplacedOutputs<Chain> {
    Map<Integer, int[]> requires = Map.of();
    Set<Integer> failing = Set.of();
    Set<Integer> unplannable = Set.of();
    Map<Integer, Target> outputs = Map.of();
    CountDownLatch started;
    CountDownLatch release;
    /** Links that run only when all of them run at once: they meet here. */
    Set<Integer> together = Set.of();
    CyclicBarrier meet;
    /** Link -> the link it asks for at run time (a dynamic dependency). */
    Map<Integer, Integer> asks = Map.of();

    Shaped() {
      super(Chain_Family.INSTANCE);
    }

    int n(Chain task) {
      return Integer.parseInt(id(task).params().substring(2));
    }

    @Override
    public void requirements(Chain task, Requirements sink) throws Exception {
      int n = n(task);
      if (unplannable.contains(n)) {
        throw new IllegalStateException("no inputs configured");
      }
      if (!requires.containsKey(n)) {
        delegate().requirements(task, sink);
        return;
      }
      for (int r : requires.get(n)) {
        sink.add(Chain_Family.INSTANCE, chain(r));
      }
    }

    @Override
    Target output(Chain task) {
      return outputs.get(n(task));
    }

    @Override
    public void run(Chain task, TaskContext context) throws Exception {
      if (failing.contains(n(task))) {
        throw new IOException("disk full");
      }
      if (started != null) {
        started.countDown();
        release.await();
      }
      if (together.contains(n(task))) {
        meet.await(10, TimeUnit.SECONDS);
      }
      if (asks.containsKey(n(task))) {
        context.require(chain(asks.get(n(task))));
      }
      delegate().run(task, context);
    }
  }

  private TaskGraph plan(Shaped shaped, int root) {
    return graphs(shaped).plan(chain(root));
  }

  private GraphBuilder graphs(Shaped shaped) {
    return exec.graphs.adapting(f -> f == Chain_Family.INSTANCE ? shaped : f);
  }

  /** An executor that plans dynamic dependencies with {@code shaped} too. */
  private Executor executor(Shaped shaped) {
    return new Executor(exec.reporter, graphs(shaped));
  }

  @Test
  void aRunOfACompleteGraphTakesNoTimeWorthMentioning() throws IOException {
    LocalFileTarget.of("chain", "0.txt").writeString("0");
    RunSummary summary = exec.run(chain(0), 1);
    assertThat(summary.success()).isTrue();
    assertThat(summary.seconds()).isAtLeast(0.0);
    assertThat(summary.seconds()).isLessThan(60.0);
  }

  @Test
  void anOutputOutsideTheStoreIsRefusedBeforeAnythingRuns() {
    Shaped shaped = new Shaped();
    shaped.outputs = Map.of(1, LocalFileTarget.of("..", "outside.txt"));
    TaskGraph graph = plan(shaped, 1);

    BadInputException refused = assertThrows(BadInputException.class, () -> exec.run(graph, 1));

    assertThat(refused).hasMessageThat().contains("Chain(n=1)");
    assertThat(LocalFileTarget.of("chain", "0.txt").exists()).isFalse(); // Chain(n=0) did not run
  }

  @Test
  void aTaskThatFailedToPlanIsAFailure_whereverItsOutputsLie() {
    Shaped shaped = new Shaped();
    shaped.outputs = Map.of(0, LocalFileTarget.of("..", "outside.txt"));
    shaped.unplannable = Set.of(0);

    RunSummary summary = exec.run(plan(shaped, 0), 1);

    assertThat(summary.result(link(0)).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(summary.result(link(0)).reason()).isEqualTo("IllegalStateException: no inputs configured");
  }

  @Test
  void theInvokerPreparesTheGraphBeforeAnythingRuns() {
    TaskInvoker refusing = new TaskInvoker() {
      @Override
      public void prepare(TaskGraph graph) {
        throw new BadInputException("no sandbox for " + graph.root().id());
      }

      @Override
      public void run(TaskNode node, TaskContext context) throws Exception {
        TaskInvoker.IN_PROCESS.run(node, context);
      }
    };

    BadInputException refused = assertThrows(BadInputException.class,
        () -> exec.run(chain(0), RunSettings.of(1).withInvoker(refusing)));

    assertThat(refused).hasMessageThat().isEqualTo("no sandbox for Chain(n=0)");
    assertThat(LocalFileTarget.of("chain", "0.txt").exists()).isFalse();
  }

  @Test
  void theEndBeforeATaskThatFailedToPlanIsPrinted() {
    // Chain(2) requires Chain(0) and Chain(1), which cannot be planned: one worker ends Chain(0),
    // then takes Chain(1).
    Shaped shaped = new Shaped();
    shaped.requires = Map.of(2, new int[] {0, 1});
    shaped.unplannable = Set.of(1);

    exec.run(plan(shaped, 2), 1);

    assertThat(exec.lines().stream().filter(line -> line.startsWith("[")).map(l -> l.replaceAll(" in .*", "")).toList())
        .containsExactly(
            "[1/3] done Chain(n=0)",
            "[2/3] FAILED Chain(n=1): IllegalStateException: no inputs configured",
            "[3/3] FAILED_UPSTREAM Chain(n=2): needs Chain(n=1), which failed")
        .inOrder();
  }

  @Test
  void tasksFailedUpstreamAreReportedInGraphOrder_howeverTheyWereReached() {
    // Graph order 0, 1, 2, 3, 4: 1 and 3 require 0, 2 requires 1, 4 requires 2 and 3. Chain(0)
    // fails; 1 and 3 are found first, 2 last.
    Shaped shaped = new Shaped();
    shaped.requires = Map.of(4, new int[] {2, 3}, 3, new int[] {0}, 2, new int[] {1}, 1, new int[] {0});
    shaped.failing = Set.of(0);

    exec.run(plan(shaped, 4), 1);

    assertThat(exec.lines().stream().filter(line -> line.startsWith("[")).toList())
        .containsExactly(
            "[1/5] FAILED Chain(n=0): IOException: disk full",
            "[2/5] FAILED_UPSTREAM Chain(n=1): needs Chain(n=0), which failed",
            "[3/5] FAILED_UPSTREAM Chain(n=2): needs Chain(n=0), which failed",
            "[4/5] FAILED_UPSTREAM Chain(n=3): needs Chain(n=0), which failed",
            "[5/5] FAILED_UPSTREAM Chain(n=4): needs Chain(n=0), which failed")
        .inOrder();
  }

  @Test
  void anInterruptOfTheCallingThreadStartsNoFurtherTask_andIsKept() throws Exception {
    Shaped shaped = new Shaped();
    shaped.started = new CountDownLatch(1);
    shaped.release = new CountDownLatch(1);
    TaskGraph graph = plan(shaped, 1);
    CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
    CompletableFuture<RunSummary> summary = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      summary.complete(exec.run(graph, 1));
      interruptKept.complete(Thread.currentThread().isInterrupted());
    });
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    caller.start();
    assertThat(shaped.started.await(30, TimeUnit.SECONDS)).isTrue();
    caller.interrupt();
    RunSummary result;
    try {
      result = summary.get(60, TimeUnit.SECONDS); // without waiting for Chain(0)
      assertThat(interruptKept.get(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      shaped.release.countDown();
    }
    assertThat(result.result(link(1)).outcome()).isEqualTo(Outcome.NOT_STARTED);
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("docket-worker-") && !before.contains(thread)) {
        thread.join(TimeUnit.SECONDS.toMillis(30));
      }
    }
    assertThat(LocalFileTarget.of("chain", "0.txt").exists()).isTrue(); // it ran to its end
    assertThat(LocalFileTarget.of("chain", "1.txt").exists()).isFalse(); // nothing started after
  }

  @Test
  void aWorkerThatTakesOneOfSeveralReadyTasksWakesAnIdleOneForTheNext() {
    // Chain(1) and Chain(2) both need Chain(3) and meet each other: while Chain(3) runs the
    // other worker has nothing to do and waits; Chain(3)'s end readies both.
    Shaped shaped = new Shaped();
    shaped.requires = Map.of(0, new int[] {1, 2}, 1, new int[] {3}, 2, new int[] {3}, 3, new int[] {});
    shaped.together = Set.of(1, 2);
    shaped.meet = new CyclicBarrier(2);

    RunSummary summary = exec.run(plan(shaped, 0), 2);

    assertThat(summary.failures()).isEmpty();
    assertThat(summary.count(Outcome.RAN)).isEqualTo(4);
  }

  @Test
  void theLiveLineGivesWayAtTheEndOfTheRun() throws Exception {
    Shaped shaped = new Shaped();
    shaped.started = new CountDownLatch(1);
    shaped.release = new CountDownLatch(1);
    RunSettings live = RunSettings.of(1).withProgress(ProgressStyle.LIVE, Duration.ofMillis(1));
    CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> exec.run(plan(shaped, 0), live));
    try {
      assertThat(shaped.started.await(30, TimeUnit.SECONDS)).isTrue();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!exec.out().contains("tasks/s")) { // the live line is drawn
        assertThat(System.nanoTime() < deadline).isTrue();
        Thread.sleep(1);
      }
    } finally {
      shaped.release.countDown();
    }
    assertThat(run.get(60, TimeUnit.SECONDS).success()).isTrue();

    assertThat(exec.out()).endsWith("tasks/s\r\033[K"); // cleared for the summary
  }

  @Test
  void aDynamicDependencyThatWouldWriteOutsideTheStoreFailsItsRequester() {
    Shaped shaped = new Shaped();
    shaped.requires = Map.of(7, new int[] {}, 8, new int[] {});
    shaped.asks = Map.of(7, 8);
    shaped.outputs = Map.of(8, LocalFileTarget.of("..", "outside.txt"));

    RunSummary summary = executor(shaped).execute(plan(shaped, 7), 1);

    assertThat(summary.result(link(7)).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(summary.result(link(7)).reason())
        .startsWith("needs Chain(n=8) (asked for at run time), which failed: ");
    assertThat(summary.result(link(7)).reason())
        .contains("Chain(n=8) is not complete and would write its output");
    assertThat(summary.result(link(7)).reason()).contains("which lies outside the store");
    assertThat(LocalFileTarget.of("chain", "8.txt").exists()).isFalse(); // refused before it ran
    assertThat(exec.store().resolveSibling("outside.txt").toFile().exists()).isFalse();
  }

  @Test
  void aDynamicDependencysRunIsTimedLikeAnyTasks() {
    Shaped shaped = new Shaped();
    shaped.requires = Map.of(7, new int[] {}, 8, new int[] {});
    shaped.asks = Map.of(7, 8);

    RunSummary summary = executor(shaped).execute(plan(shaped, 7), 1);

    assertThat(summary.success()).isTrue();
    assertThat(exec.out()).containsMatch("\\] done Chain\\(n=8\\) in [0-9]\\.[0-9]{2} s\n");
  }

  @Test
  void noWorkerIsLeftWaitingWhenTheRunIsOver() throws InterruptedException {
    // One task, four workers: three of them only ever wait for work, and must hear of the end.
    Set<Thread> before = Thread.getAllStackTraces().keySet();

    assertThat(exec.run(chain(0), 4).success()).isTrue();

    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith("docket-worker-") && !before.contains(thread)) {
        assertThat(thread.isAlive()).isFalse();
      }
    }
  }

  /** Chain(n=0), whose run is {@code body}. */
  private TaskGraph chainRunning(Body body) {
    return exec.graphs
        .adapting(f -> f != Chain_Family.INSTANCE ? f : new ForwardingTaskFamily<Chain>(Chain_Family.INSTANCE) {
          @Override
          public void run(Chain task, TaskContext context) throws Exception {
            body.run();
            delegate().run(task, context);
          }
        })
        .plan(chain(0));
  }

  private interface Body {
    void run() throws Exception;
  }

  @Test
  void theFirstProgressLineIsDueOneIntervalAfterTheStart() throws Exception {
    // The task ends only once the calling thread waits for the next progress line, after the
    // start's own look at the time.
    AtomicReference<Thread> caller = new AtomicReference<>();
    TaskGraph graph = chainRunning(() -> {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (caller.get() == null || caller.get().getState() != Thread.State.TIMED_WAITING) {
        assertThat(System.nanoTime() < deadline).isTrue();
        Thread.sleep(1);
      }
    });
    RunSettings hourly = RunSettings.of(1).withProgress(ProgressStyle.TASKS, Duration.ofHours(1));
    CompletableFuture<RunSummary> summary = new CompletableFuture<>();
    Thread thread = new Thread(() -> summary.complete(exec.run(graph, hourly)));
    caller.set(thread);
    thread.start();

    assertThat(summary.get(60, TimeUnit.SECONDS).success()).isTrue();
    assertThat(exec.out()).doesNotContain("progress:");
  }

  @Test
  void tasksRunOnDaemonWorkerThreads() {
    // A task left behind after an interrupt must not keep the process from ending.
    AtomicReference<Thread> worker = new AtomicReference<>();
    TaskGraph graph = chainRunning(() -> worker.set(Thread.currentThread()));

    assertThat(exec.run(graph, 1).success()).isTrue();

    assertThat(worker.get().getName()).isEqualTo("docket-worker-1");
    assertThat(worker.get().isDaemon()).isTrue();
  }
}
