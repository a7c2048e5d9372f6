package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One task's run at its edges: locks that cannot be taken, an output without a time, the
 * retries' pause and what they leave, a clean-up that fails. The task is Chain(n=0), its run and
 * output replaced per test.
 */
class TaskRunnerEdgesTest {
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  /** Chain(n=0)'s own output, in the test's store. */
  private static LocalFileTarget output() {
    return LocalFileTarget.of("chain", "0.txt");
  }

  private interface Body {
    void run(TaskContext context) throws Exception;
  }

  /** An output with no time, present or not as the test says; its removal may fail. */
  private static final class Timeless implements Target {
    volatile boolean present;
    volatile boolean removalFails;

    @Override
    public boolean exists() {
      return present;
    }

    @Override
    public long lastModified() {
      return present ? Target.UNKNOWN_TIME : Target.MISSING;
    }

    @Override
    public void remove() throws IOException {
      if (removalFails) {
        throw new IOException("read-only file system");
      }
      present = false;
    }

    @Override
    public String describe() {
      return "timeless";
    }
  }

  /** A workflow's collection of its branches' outputs: written by other tasks, with a time. */
  private static final class Collection implements CompositeTarget {
    volatile boolean present;
    volatile boolean removed;

    @Override
    public List<Target> parts() {
      return List.of();
    }

    @Override
    public Status status() {
      return new Status(present, present ? "1/1 branches complete" : "0/1 branches complete");
    }

    @Override
    public boolean exists() {
      return present;
    }

    @Override
    public long lastModified() {
      return present ? 1_000_000_000_000L : Target.MISSING;
    }

    @Override
    public void remove() {
      removed = true;
      present = false;
    }

    @Override
    public String describe() {
      return "branches";
    }
  }

  private TaskNode chain(Body body, Target output) {
    return exec.graphs
        .adapting(f -> f != Chain_Family.INSTANCE ? f : new ExecutorFixture.ReplacedOutputs<Chain>(Chain_Family.INSTANCE) {
          @Override
          Target output(Chain task) {
            return output;
          }

          @Override
          public void run(Chain task, TaskContext context) throws Exception {
            body.run(context);
          }
        })
        .plan(TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, 0).build())
        .root();
  }

  private TaskRunner.Result run(TaskNode node, RunSettings settings) {
    return run(node, settings, () -> false);
  }

  /** {@code interrupted}: whether the run was interrupted, as the executor answers it. */
  private TaskRunner.Result run(TaskNode node, RunSettings settings, BooleanSupplier interrupted) {
    TaskRunner runner = new TaskRunner(exec.reporter, (requester, task) -> {}, interrupted);
    return runner.run(node, settings, OutputLocks.of(exec.store()));
  }

  private static RunSettings retries(int retries, Duration delay) {
    return RunSettings.of(1).withTasks(f -> new Scheduling.Policy(retries, delay, null));
  }

  @Test
  void outputLocksThatCannotBeTakenAreTheTasksFailure() throws IOException {
    Files.createDirectories(exec.store().resolve(".docket"));
    Files.writeString(exec.store().resolve(".docket/locks"), "a file where the locks' directory goes");
    List<String> ran = new CopyOnWriteArrayList<>();

    TaskRunner.Result result = run(chain(context -> ran.add("ran"), null), RunSettings.of(1));

    assertThat(result.error()).isInstanceOf(IOException.class);
    assertThat(result.doneElsewhere()).isFalse();
    assertThat(ran).isEmpty();
  }

  @Test
  void anOutputWithoutATimeThatAppearedSincePlanningIsRunAnyway() {
    // Nothing tells another run's work from what was there: only times could.
    Timeless output = new Timeless();
    List<String> ran = new CopyOnWriteArrayList<>();
    TaskNode node = chain(context -> ran.add("ran"), output);
    output.present = true;

    assertThat(run(node, RunSettings.of(1))).isEqualTo(TaskRunner.Result.OK);
    assertThat(ran).containsExactly("ran");
  }

  @Test
  void retriesPauseForTheDelay_andLeaveAnOldOutputTheyDidNotTouch() throws IOException {
    output().writeString("old");
    List<Long> attempts = new CopyOnWriteArrayList<>();
    TaskNode node = chain(context -> {
      attempts.add(System.nanoTime());
      throw new IOException("disk full");
    }, null);

    TaskRunner.Result result = run(node, retries(2, Duration.ofMillis(150)));

    assertThat(result.error()).hasMessageThat().isEqualTo("disk full");
    assertThat(attempts).hasSize(3);
    assertThat(attempts.get(1) - attempts.get(0)).isAtLeast(TimeUnit.MILLISECONDS.toNanos(150));
    assertThat(attempts.get(2) - attempts.get(1)).isAtLeast(TimeUnit.MILLISECONDS.toNanos(300));
    assertThat(output().readString()).isEqualTo("old");
    assertThat(exec.out()).doesNotContain("removed");
  }

  @Test
  void anOutputThatCannotBeRemovedAfterAFailureIsNotedOnTheFailure() {
    Timeless output = new Timeless();
    output.removalFails = true;
    TaskNode node = chain(context -> {
      output.present = true; // written, then the task fails
      throw new IOException("disk full");
    }, output);

    TaskRunner.Result result = run(node, RunSettings.of(1));

    assertThat(result.error()).hasMessageThat().isEqualTo("disk full");
    assertThat(result.error().getSuppressed()).hasLength(1);
    assertThat(result.error().getSuppressed()[0]).hasMessageThat().isEqualTo("read-only file system");
  }

  @Test
  void anInterruptDuringTheRetryPauseEndsWithTheAttemptsFailure() throws Exception {
    TaskNode node = chain(context -> {
      throw new IOException("disk full");
    }, null);
    CompletableFuture<TaskRunner.Result> result = new CompletableFuture<>();
    CompletableFuture<Boolean> interruptKept = new CompletableFuture<>();
    Thread worker = new Thread(() -> {
      result.complete(run(node, retries(1, Duration.ofMinutes(10))));
      interruptKept.complete(Thread.currentThread().isInterrupted()); // for the worker's loop
    });
    worker.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!exec.out().contains("retrying in")) {
      assertThat(System.nanoTime() < deadline).isTrue();
      Thread.sleep(10);
    }
    worker.interrupt();

    TaskRunner.Result ended = result.get(30, TimeUnit.SECONDS);
    assertThat(ended.error()).hasMessageThat().isEqualTo("disk full");
    assertThat(interruptKept.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void aFailureOfAnInterruptedRunIsNotRetried() {
    List<String> attempts = new CopyOnWriteArrayList<>();
    TaskNode node = chain(context -> {
      attempts.add("attempt");
      throw new IOException("stopped");
    }, null);

    TaskRunner.Result result = run(node, retries(3, Duration.ofMillis(1)), () -> true);

    assertThat(result.error()).hasMessageThat().isEqualTo("stopped");
    assertThat(attempts).hasSize(1);
    assertThat(exec.out()).doesNotContain("retrying");
  }

  @Test
  void aTaskPastItsTimeoutIsLeftOnADaemonThreadNamedAfterIt() {
    CountDownLatch release = new CountDownLatch(1);
    AtomicReference<Thread> thread = new AtomicReference<>();
    TaskNode node = chain(context -> {
      thread.set(Thread.currentThread());
      while (true) {
        try {
          release.await();
          return;
        } catch (InterruptedException ignored) {
          // a task that does not stop when its time is up
        }
      }
    }, null);
    try {
      TaskRunner.Result result = run(node,
          RunSettings.of(1).withTasks(f -> new Scheduling.Policy(0, Duration.ZERO, Duration.ofMillis(100))));

      assertThat(result.error()).isInstanceOf(TaskTimeoutException.class);
      assertThat(thread.get().getName()).isEqualTo("docket-task-Chain");
      assertThat(thread.get().isDaemon()).isTrue(); // it cannot keep the JVM from ending
    } finally {
      release.countDown();
    }
  }

  @Test
  void aTaskKnowsItsOwnId() {
    List<TaskId> ids = new CopyOnWriteArrayList<>();

    TaskRunner.Result result = run(chain(context -> {
      ids.add(context.id());
      output().writeString("0");
    }, null), RunSettings.of(1));

    assertThat(result.error()).isNull();
    assertThat(ids).containsExactly(new TaskId("Chain", "n=0"));
  }

  @Test
  void aWorkflowsCollectionThatAppearedSincePlanningIsRunAnyway() {
    // Its branches, this run's own tasks, wrote it: nothing tells another run's work from ours.
    Collection branches = new Collection();
    List<String> ran = new CopyOnWriteArrayList<>();
    TaskNode node = chain(context -> ran.add("ran"), branches);
    branches.present = true;

    assertThat(run(node, RunSettings.of(1))).isEqualTo(TaskRunner.Result.OK);
    assertThat(ran).containsExactly("ran");
    assertThat(exec.out()).doesNotContain("completed by another run");
  }

  @Test
  void aFailedAttemptLeavesAWorkflowsCollectionToItsBranches() {
    Collection branches = new Collection();
    TaskNode node = chain(context -> {
      branches.present = true; // the branches' outputs, written while the workflow ran
      throw new IOException("one branch failed");
    }, branches);

    TaskRunner.Result result = run(node, RunSettings.of(1));

    assertThat(result.error()).hasMessageThat().isEqualTo("one branch failed");
    assertThat(branches.removed).isFalse();
    assertThat(exec.out()).doesNotContain("removed");
  }

  @Test
  void aRetryStartsFromWhatTheFailedAttemptLeft() {
    // The first attempt writes the output and fails, and its output cannot be removed then; the
    // retry fails without touching it: what it leaves is the first attempt's, not the retry's.
    Timeless output = new Timeless();
    output.removalFails = true;
    List<String> attempts = new CopyOnWriteArrayList<>();
    TaskNode node = chain(context -> {
      attempts.add("attempt");
      if (attempts.size() == 1) {
        output.present = true;
      } else {
        output.removalFails = false;
      }
      throw new IOException("disk full");
    }, output);

    TaskRunner.Result result = run(node, retries(1, Duration.ofMillis(1)));

    assertThat(result.error()).hasMessageThat().isEqualTo("disk full");
    assertThat(attempts).hasSize(2);
    assertThat(output.present).isTrue();
    assertThat(exec.out()).doesNotContain("removed");
  }
}
