package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.internal.batch.JobManagerTest.allSucceed;
import static dev.docket.runtime.internal.batch.JobManagerTest.job;
import static dev.docket.runtime.internal.batch.JobManagerTest.manager;
import static dev.docket.runtime.internal.batch.JobManagerTest.options;
import static dev.docket.runtime.internal.batch.JobManagerTest.phases;
import static dev.docket.runtime.internal.batch.JobManagerTest.record;
import static dev.docket.runtime.internal.batch.JobManagerTest.saveRecord;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.TestStores;
import dev.docket.runtime.internal.batch.FakeBatchBackend.Attempt;
import dev.docket.runtime.internal.batch.JobManagerTest.Context;
import dev.docket.runtime.internal.exec.InterruptedTaskException;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job machinery beside other clients: following the client that holds the submission's
 * lock, taking over when it stops, and a run interrupted with jobs in flight.
 */
class JobManagerClientsTest {
  @TempDir Path store;
  final Context context = new Context();
  private Thread runner;

  @BeforeEach
  void setUp() {
    TestStores.reset(store);
  }

  /** Runs {@code manager} in another thread, as a second client would. */
  private CompletableFuture<Void> start(JobManager manager, WorkflowTask<?> workflow) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        manager.run(workflow, context);
        done.complete(null);
      } catch (Throwable e) {
        done.completeExceptionally(e);
      }
    });
    thread.setDaemon(true);
    thread.start();
    runner = thread;
    return done;
  }

  /** Waits for the second client to say it follows, within a generous bound. */
  private void awaitFollowing() throws InterruptedException {
    awaitLine(l -> l.startsWith("another client"));
  }

  private void awaitLine(java.util.function.Predicate<String> line) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (context.lines.stream().noneMatch(line)) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the second client never said it: " + context.lines);
      }
      Thread.sleep(5);
    }
  }

  @Test
  void aSecondClientFollowsTheFirstAndCountsItsWorkAsDoneElsewhere() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    saveRecord(workflow, new JobRecord("fake", 1, List.of(
        job(0, "0", Job.Phase.RUNNING, 1, "fake-a"), job(1, "1", Job.Phase.RUNNING, 1, "fake-b"))));
    FakeBatchBackend backend = allSucceed();
    CompletableFuture<Void> second;
    try (SubmissionLock first = SubmissionLock.open(workflow.stateDirectory())) {
      assertThat(first.tryAcquire()).isTrue();
      second = start(manager(backend, options(1, OptionalInt.empty(), 1), 1.0), workflow);
      awaitLine(l -> l.startsWith("all: 2"));
      assertThat(second.isDone()).isFalse();
      // The first client's jobs finish; it saves its record and ends.
      Scan.write("0:2");
      saveRecord(workflow, new JobRecord("fake", 1, List.of(
          job(0, "0", Job.Phase.FINISHED, 1, "fake-a"), job(1, "1", Job.Phase.FINISHED, 1, "fake-b"))));
    }

    second.get(30, TimeUnit.SECONDS);

    assertThat(context.lines.get(0)).isEqualTo("another client (pid " + ProcessHandle.current().pid()
        + ") is submitting the jobs of this workflow; following its submission in "
        + workflow.stateDirectory() + " (this run takes over if that client stops)");
    // The followed record's counts as they change.
    assertThat(context.statusLines()).containsExactly(
        "all: 2, pending: 0 (+0), running: 2 (+2), finished: 0 (+0), retry: 0 (+0), failed: 0 (+0)",
        "all: 2, pending: 0 (+0), running: 0 (-2), finished: 2 (+2), retry: 0 (+0), failed: 0 (+0)")
        .inOrder();
    assertThat(backend.submissions).isEmpty();
    assertThat(backend.polls).isEmpty();
    assertThat(context.completedElsewhere).isTrue();
  }

  @Test
  void takingOverKeepsTheStoppedClientsVerdictsButRerunsVanishedOutputs() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(3, options(1, OptionalInt.empty(), 1));
    saveRecord(workflow, new JobRecord("fake", 1, List.of(
        job(0, "0", Job.Phase.FAILED, 2, "fake-a"), // the stopped client gave up on it
        job(1, "1", Job.Phase.FINISHED, 1, "fake-b"), // its output is gone since
        job(2, "2", Job.Phase.RUNNING, 1, "fake-c"))));
    FakeBatchBackend backend = allSucceed().knows("fake-c", 2, Attempt.succeeds());
    backend.jobFile = workflow.stateDirectory().resolve("job.sh");
    CompletableFuture<Void> second;
    try (SubmissionLock first = SubmissionLock.open(workflow.stateDirectory())) {
      assertThat(first.tryAcquire()).isTrue();
      second = start(manager(backend, options(1, OptionalInt.empty(), 1), 1.0), workflow);
      awaitFollowing();
    }

    ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(30, TimeUnit.SECONDS));

    assertThat(e).hasCauseThat().isInstanceOf(JobsFailedException.class);
    assertThat(e).hasCauseThat().hasMessageThat().startsWith("1 of 3 jobs failed after 2 attempts: job 0 (branches 0,");
    assertThat(context.lines).contains("taking over 1 jobs in flight from the client that stopped");
    assertThat(backend.submissions).containsExactly(List.of(1));
    assertThat(phases(record(workflow))).isEqualTo("FAILED/2 FINISHED/1 FINISHED/1");
    assertThat(context.completedElsewhere).isFalse();
  }

  @Test
  void aFollowerInterruptedLeavesTheOtherClientsJobsAlone() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(1, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend = allSucceed();
    Files.createDirectories(workflow.stateDirectory());
    try (SubmissionLock first = SubmissionLock.open(workflow.stateDirectory())) {
      assertThat(first.tryAcquire()).isTrue();
      CompletableFuture<Void> second = start(manager(backend, options(1, OptionalInt.empty(), 1), 1.0), workflow);
      awaitFollowing();

      runner.interrupt();

      ExecutionException e = assertThrows(ExecutionException.class, () -> second.get(30, TimeUnit.SECONDS));
      assertThat(e).hasCauseThat().isInstanceOf(InterruptedTaskException.class);
      assertThat(e).hasCauseThat().hasMessageThat()
          .isEqualTo("the jobs of the client this run followed keep running");
      assertThat(backend.submissions).isEmpty();
    }
  }

  @Test
  void aRunInterruptedWithJobsInFlightSaysTheyKeepRunningAndHowToAttach() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend =
        new FakeBatchBackend("fake", (index, attempt) -> Attempt.queuedForever()).interruptedAtPoll(2);

    InterruptedTaskException e = assertThrows(InterruptedTaskException.class,
        () -> manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context));

    assertThat(Thread.interrupted()).isFalse(); // the sleep that threw took the interrupt
    assertThat(e).hasMessageThat().isEqualTo("2 fake job(s) keep running; run the same command again"
        + " to attach to them, or add --cancel-jobs to cancel them");
    assertThat(e).hasCauseThat().isInstanceOf(InterruptedException.class);
    // The record names them, so that the next run re-attaches instead of submitting again.
    JobRecord saved = record(workflow);
    assertThat(phases(saved)).isEqualTo("PENDING/1 PENDING/1");
    assertThat(saved.jobs().stream().map(j -> j.backendId).toList()).containsExactly("fake-1", "fake-2");
  }
}
