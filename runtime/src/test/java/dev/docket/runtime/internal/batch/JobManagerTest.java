package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.internal.batch.FakeBatchBackend.Attempt;
import dev.docket.runtime.internal.exec.InterruptedTaskException;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.remote.TestRemote;
import dev.docket.runtime.internal.workflow.BranchSelection;
import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.batch.JobState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job machinery at unit level, with batch systems whose jobs do what each test says
 * ({@link FakeBatchBackend}): grouping, limits, resubmission, the record a later client
 * re-attaches from, and what a failed submission says. Following another client and
 * interruption are in {@link JobManagerClientsTest}.
 */
class JobManagerTest {
  @TempDir Path store;
  final Context context = new Context();

  @BeforeEach
  void setUp() {
    TestStores.reset(store);
  }

  /** A task context that keeps what the job machinery says. */
  static final class Context implements TaskContext {
    final List<String> lines = new CopyOnWriteArrayList<>();
    volatile boolean completedElsewhere;

    @Override
    public TaskId id() {
      return new TaskId("Scan", "");
    }

    @Override
    public void log(String message) {
      lines.add(message);
    }

    @Override
    public void completedElsewhere() {
      completedElsewhere = true;
    }

    List<String> statusLines() {
      return lines.stream().filter(l -> l.startsWith("all: ")).toList();
    }
  }

  static WorkflowOptions options(int tasksPerJob, OptionalInt parallelJobs, int retries) {
    return new WorkflowOptions("fake", BranchSelection.all(), tasksPerJob, parallelJobs, retries, false, false);
  }

  static JobManager manager(FakeBatchBackend backend, WorkflowOptions options, double acceptance) {
    backend.outputs = Scan::write;
    JobSettings settings = new JobSettings(Duration.ofMillis(1), acceptance, Optional.empty(), Map.of());
    return new JobManager(backend, options, settings, new JobCommand("/opt/java/bin/java", "app.jar", "org.example.Main"));
  }

  static FakeBatchBackend allSucceed() {
    return new FakeBatchBackend("fake", (index, attempt) -> Attempt.succeeds());
  }

  static JobRecord record(WorkflowTask<?> workflow) throws IOException {
    return JobRecord.load(workflow.stateDirectory()).orElseThrow();
  }

  static void saveRecord(WorkflowTask<?> workflow, JobRecord record) throws IOException {
    Files.createDirectories(workflow.stateDirectory());
    record.save(workflow.stateDirectory());
  }

  static Job job(int index, String branches, Job.Phase phase, int attempts, String id) {
    Job job = new Job(index, branches);
    job.phase = phase;
    job.attempts = attempts;
    job.backendId = id;
    return job;
  }

  static String phases(JobRecord record) {
    return String.join(" ", record.jobs().stream().map(j -> j.phase + "/" + j.attempts).toList());
  }

  @Test
  void groupsTheIncompleteBranchesIntoJobsAndRendersTheirJobFile() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(5, options(2, OptionalInt.empty(), 1));
    Scan.write("0:2"); // job 0's branches are complete already
    FakeBatchBackend backend = allSucceed();

    manager(backend, options(2, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).containsExactly(List.of(1, 2));
    JobRecord record = record(workflow);
    assertThat(record.backend()).isEqualTo("fake");
    assertThat(record.tasksPerJob()).isEqualTo(2);
    assertThat(record.jobs().stream().map(j -> j.branches).toList()).containsExactly("0:2", "2:4", "4").inOrder();
    assertThat(phases(record)).isEqualTo("FINISHED/0 FINISHED/1 FINISHED/1");
    String jobFile = Files.readString(workflow.stateDirectory().resolve("job.sh"));
    assertThat(jobFile).contains("job=$FAKE_JOB_INDEX\n");
    assertThat(jobFile).contains("  0) branches='0:2' ;;\n  1) branches='2:4' ;;\n  2) branches='4' ;;\n");
    assertThat(jobFile).contains("'/opt/java/bin/java' '-Ddocket.job=true' '-cp' 'app.jar' 'org.example.Main' 'run' 'Scan' ");
    assertThat(jobFile).contains(" '--workflow' 'local' --branches \"$branches\"");
    assertThat(jobFile).contains("# Docket job file of Scan(");
    assertThat(context.completedElsewhere).isFalse();
    String submitted = context.lines.stream().filter(l -> l.startsWith("submitted ")).findFirst().orElseThrow();
    assertThat(submitted).matches("submitted 2 jobs to fake in [0-9]+\\.[0-9]{2} s");
    assertThat(Double.parseDouble(submitted.replaceAll(".* in | s", ""))).isLessThan(60.0);
  }

  @Test
  void printsAStatusLineWhenACountChanges() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(3, options(1, OptionalInt.empty(), 1));
    Scan.write("0");

    manager(allSucceed(), options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(context.statusLines()).containsExactly(
        "all: 3, pending: 2 (+2), running: 0 (+0), finished: 1 (+1), retry: 0 (+0), failed: 0 (+0)",
        "all: 3, pending: 0 (-2), running: 2 (+2), finished: 1 (+0), retry: 0 (+0), failed: 0 (+0)",
        "all: 3, pending: 0 (+0), running: 0 (-2), finished: 3 (+2), retry: 0 (+0), failed: 0 (+0)")
        .inOrder();
  }

  @Test
  void theRemoteStorageRetriesThatJobsLoggedAreCountedOnceForTheRunsEnd() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(2, OptionalInt.empty(), 1));
    FakeBatchBackend[] backend = new FakeBatchBackend[1];
    // The first attempt fails with its own line in the log; the second appends another.
    backend[0] = new FakeBatchBackend("fake", (index, attempt) -> {
      if (attempt == 1) {
        log(backend[0], "docket: remote storage: [fs.out] 3 retries\nother output\n");
        return Attempt.fails();
      }
      return Attempt.succeeds();
    });
    JobManager manager = manager(backend[0], options(2, OptionalInt.empty(), 1), 1.0);
    backend[0].outputs = branches -> {
      log(backend[0], "docket: remote storage: [fs.out] 2 retries, 1 failover\n");
      Scan.write(branches);
    };
    Path base = Files.createDirectories(store.resolve("remote"));
    try (RemoteStorage storage = TestRemote.install(store, "out", base)) {
      manager.run(workflow, context);

      assertThat(storage.eventsLine()).hasValue("remote storage: [fs.out] 5 retries, 1 failover");
    }
  }

  private static void log(FakeBatchBackend backend, String text) {
    try {
      Path log = backend.lastSubmission.log(0);
      Files.createDirectories(log.getParent());
      Files.writeString(log, text, java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aSubmissionWithoutFailuresEndsWithOneLineSayingWhatItsJobsDid() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(3, options(1, OptionalInt.empty(), 1));
    Scan.write("0");
    FakeBatchBackend backend = new FakeBatchBackend("fake",
        (index, attempt) -> index == 2 && attempt == 1 ? Attempt.fails() : Attempt.succeeds());

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(context.lines.get(context.lines.size() - 1)).isEqualTo(
        "3 jobs on fake: 3 finished (1 after a retry, 1 already complete), 0 failed; 3 of 3 branches are complete");
  }

  @Test
  void aJobHeldLongerThanTheHeldTimeoutIsCancelledAndResubmittedWithItsReason() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    Scan.write("0");
    FakeBatchBackend backend = new FakeBatchBackend("fake",
        (index, attempt) -> attempt == 1 ? Attempt.heldAfter(1) : Attempt.succeeds());
    backend.outputs = Scan::write;
    JobSettings settings = new JobSettings(Duration.ofMillis(1), 1.0, Optional.empty(), Map.of(), Duration.ofMillis(1));
    JobManager manager = new JobManager(backend, options(1, OptionalInt.empty(), 1), settings,
        new JobCommand("/opt/java/bin/java", "app.jar", "org.example.Main"));

    manager.run(workflow, context);

    assertThat(backend.cancelled).containsExactly(List.of("fake-1"));
    assertThat(backend.submissions).containsExactly(List.of(1), List.of(1)).inOrder();
    assertThat(context.lines).contains("job 1 (branches 1, fake-1) is held: " + FakeBatchBackend.HOLD_REASON
        + "; it counts as failed after [job] held-timeout = 0.001s unless released");
    assertThat(context.lines.stream().filter(l -> l.contains("stayed held")).findFirst().orElseThrow())
        .startsWith("job 1 (branches 1, fake-1) stayed held for 0.001s (" + FakeBatchBackend.HOLD_REASON
            + ") and was cancelled, resubmitting");
    assertThat(context.statusLines()).contains(
        "all: 2, pending: 0 (+0), running: 0 (-1), finished: 1 (+0), retry: 0 (+0), failed: 0 (+0), held: 1 (+1)");
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/0 FINISHED/2");
  }

  @Test
  void aHeldJobThatIsReleasedInTimeRunsOn() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(1, options(1, OptionalInt.empty(), 0));
    FakeBatchBackend backend = new FakeBatchBackend("fake", (index, attempt) -> new Attempt(
        List.of(JobState.HELD, JobState.HELD, JobState.RUNNING, JobState.FINISHED), true));

    manager(backend, options(1, OptionalInt.empty(), 0), 1.0).run(workflow, context);

    assertThat(backend.cancelled).isEmpty();
    assertThat(backend.submissions).containsExactly(List.of(0));
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/1");
    assertThat(context.lines.stream().filter(l -> l.contains("is held")).count()).isEqualTo(1);
  }

  @Test
  void aWorkflowWhoseBranchesAreAllCompleteSubmitsNothing() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    Scan.write("0:2");
    FakeBatchBackend backend = allSucceed();

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).isEmpty();
    assertThat(backend.polls).isEmpty();
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/0 FINISHED/0");
    // Nothing was left for this run's jobs: the branches were made by an earlier run.
    assertThat(context.completedElsewhere).isTrue();
  }

  @Test
  void parallelJobsLimitsTheJobsInFlight() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(3, options(1, OptionalInt.of(1), 1));
    FakeBatchBackend backend = allSucceed().withDefaultParallelJobs(3);

    manager(backend, options(1, OptionalInt.of(1), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).containsExactly(List.of(0), List.of(1), List.of(2)).inOrder();
    for (List<String> ids : backend.polls) {
      assertThat(ids).hasSize(1);
    }
    assertThat(String.join("\n", context.lines)).doesNotContain("at most");
  }

  @Test
  void theBackendsOwnLimitAppliesWithoutParallelJobsAndIsSaidWhenItHoldsJobsBack() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(3, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend = allSucceed().withDefaultParallelJobs(2);

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).containsExactly(List.of(0, 1), List.of(2)).inOrder();
    assertThat(context.lines).contains("at most 2 jobs at once, the default of fake; --parallel-jobs N to change it");
  }

  @Test
  void theBackendsOwnLimitIsNotSaidWhenItHoldsNothingBack() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(3, options(1, OptionalInt.empty(), 1));
    Scan.write("0");
    FakeBatchBackend backend = allSucceed().withDefaultParallelJobs(2);

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).containsExactly(List.of(1, 2));
    assertThat(String.join("\n", context.lines)).doesNotContain("at most");
  }

  @Test
  void aFailedJobIsResubmittedWhileItHasRetriesLeft() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend = new FakeBatchBackend("fake",
        (index, attempt) -> index == 0 && attempt == 1 ? Attempt.fails() : Attempt.succeeds());

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).containsExactly(List.of(0, 1), List.of(0)).inOrder();
    Path log = workflow.stateDirectory().resolve("logs").resolve("job-0.log");
    assertThat(context.lines).contains("job 0 (branches 0, fake-1) failed, resubmitting; log: " + log);
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/2 FINISHED/1");
    // Resubmitted at the poll that saw it fail, so it is pending again at once.
    assertThat(context.statusLines()).contains(
        "all: 2, pending: 1 (+1), running: 0 (-2), finished: 1 (+1), retry: 0 (+0), failed: 0 (+0)");
  }

  @Test
  void withRetriesZeroAFailedJobIsGivenUpAfterOneAttempt() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 0));
    FakeBatchBackend backend = new FakeBatchBackend("fake",
        (index, attempt) -> index == 1 ? Attempt.fails() : Attempt.succeeds());

    JobsFailedException e = assertThrows(JobsFailedException.class,
        () -> manager(backend, options(1, OptionalInt.empty(), 0), 1.0).run(workflow, context));

    Path logs = workflow.stateDirectory().resolve("logs");
    assertThat(e).hasMessageThat().isEqualTo("1 of 2 jobs failed after 1 attempt: job 1 (branches 1, log "
        + logs.resolve("job-1.log") + "); 1 of 2 branches are complete, and [job] acceptance = 1.0 needs 2;"
        + " read the logs, fix, and run the same command again");
    assertThat(backend.submissions).containsExactly(List.of(0, 1));
    assertThat(context.lines).contains(
        "job 1 (branches 1, fake-2) failed, giving up after 1 attempts; log: " + logs.resolve("job-1.log"));
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/1 FAILED/1");
  }

  @Test
  void failedJobsAreAcceptedWhenEnoughBranchesAreComplete() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(4, options(1, OptionalInt.empty(), 0));
    FakeBatchBackend backend = new FakeBatchBackend("fake",
        (index, attempt) -> index == 3 ? Attempt.fails() : Attempt.succeeds());

    // 0.75 of 4 branches: exactly the 3 that are complete.
    manager(backend, options(1, OptionalInt.empty(), 0), 0.75).run(workflow, context);

    assertThat(context.lines).contains("1 of 4 jobs failed after 1 attempt: job 3 (branches 3, log "
        + workflow.stateDirectory().resolve("logs").resolve("job-3.log")
        + "); 3 of 4 branches are complete, enough for [job] acceptance = 0.75");
  }

  @Test
  void aJobThatEndsWithoutItsOutputsOrVanishesIsResubmitted() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 2));
    FakeBatchBackend backend = new FakeBatchBackend("fake", (index, attempt) ->
        attempt > 1 ? Attempt.succeeds() : index == 0 ? Attempt.endsWithoutOutputs() : Attempt.vanishes());

    manager(backend, options(1, OptionalInt.empty(), 2), 1.0).run(workflow, context);

    assertThat(backend.submissions).containsExactly(List.of(0, 1), List.of(0, 1)).inOrder();
    String logs = workflow.stateDirectory().resolve("logs").toString();
    assertThat(context.lines).contains("job 0 (branches 0, fake-1) ended without writing every output"
        + " of its branches, resubmitting; log: " + logs + "/job-0.log");
    assertThat(context.lines).contains(
        "job 1 (branches 1, fake-2) vanished from fake, resubmitting; log: " + logs + "/job-1.log");
  }

  @Test
  void aJobKilledAfterWritingItsOutputsIsFinished() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(1, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend = new FakeBatchBackend("fake", (index, attempt) -> Attempt.failsAfterWritingItsOutputs());

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).hasSize(1);
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/1");
  }

  @Test
  void aBatchSystemThatDoesNotAnswerIsAskedAgainUntilItFailsFiveTimesInARow() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(1, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend = new FakeBatchBackend("fake",
        (index, attempt) -> Attempt.runsFor(2)).failingPolls(1, 2, 3, 4, 6, 7, 8, 9);

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(context.lines.stream().filter(l -> l.equals(
        "could not ask fake for the jobs' states (controller busy); trying again at the next poll")))
        .hasSize(8);
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/1");

    WorkflowTask<?> other = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend silent = new FakeBatchBackend("fake",
        (index, attempt) -> Attempt.succeeds()).failingPolls(1, 2, 3, 4, 5);
    IOException e = assertThrows(IOException.class,
        () -> manager(silent, options(1, OptionalInt.empty(), 1), 1.0).run(other, context));
    assertThat(e).hasMessageThat().isEqualTo("controller busy");
    assertThat(silent.polls).hasSize(5);
  }

  @Test
  void reattachesToTheJobsInFlightOfAnEarlierClientAndJudgesTheOthersAfresh() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(4, options(1, OptionalInt.empty(), 0));
    saveRecord(workflow, new JobRecord("fake", 1, List.of(
        job(0, "0", Job.Phase.RUNNING, 1, "fake-old"),
        job(1, "1", Job.Phase.FAILED, 1, "fake-x"), // given up on earlier: tried again
        job(2, "2", Job.Phase.FINISHED, 1, "fake-y"), // its output is gone since
        job(3, "3", Job.Phase.RETRY, 1, "fake-z")))); // its output was written meanwhile
    Scan.write("3");
    FakeBatchBackend backend = allSucceed().knows("fake-old", 0, Attempt.succeeds());
    backend.jobFile = workflow.stateDirectory().resolve("job.sh");

    manager(backend, options(1, OptionalInt.empty(), 0), 1.0).run(workflow, context);

    assertThat(context.lines).contains("re-attaching to 1 jobs in flight of the earlier submission in "
        + workflow.stateDirectory());
    assertThat(backend.polls.get(0)).containsExactly("fake-old");
    assertThat(backend.submissions).containsExactly(List.of(1, 2));
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/1 FINISHED/1 FINISHED/1 FINISHED/0");
    assertThat(context.completedElsewhere).isFalse();
  }

  @Test
  void aRecordWithoutJobsInFlightIsNotReattachedWhenTheOptionsChanged() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    saveRecord(workflow, new JobRecord("fake", 2, List.of(job(0, "0:2", Job.Phase.FAILED, 2, "fake-old"))));
    FakeBatchBackend backend = allSucceed();

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);

    assertThat(backend.submissions).containsExactly(List.of(0, 1));
    JobRecord record = record(workflow);
    assertThat(record.tasksPerJob()).isEqualTo(1);
    assertThat(phases(record)).isEqualTo("FINISHED/1 FINISHED/1");
  }

  @Test
  void jobsInFlightOfOtherOptionsOrAnotherBackendAreNotSubmittedAgain() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    saveRecord(workflow, new JobRecord("fake", 2, List.of(job(0, "0:2", Job.Phase.RUNNING, 1, "fake-old"))));
    FakeBatchBackend backend = allSucceed();

    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context));

    assertThat(e).hasMessageThat().isEqualTo("1 jobs of an earlier submission (backend fake, 2 tasks per"
        + " job) are still in flight; wait for them, or cancel them with --cancel-jobs, before submitting"
        + " with other options");
    assertThat(backend.submissions).isEmpty();

    saveRecord(workflow, new JobRecord("slurm", 1, List.of(
        job(0, "0", Job.Phase.PENDING, 1, "1234"), job(1, "1", Job.Phase.FINISHED, 1, "1235"))));
    e = assertThrows(IllegalStateException.class,
        () -> manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context));
    assertThat(e).hasMessageThat().startsWith("1 jobs of an earlier submission (backend slurm, 1 tasks per job)");
    assertThat(backend.submissions).isEmpty();
  }

  @Test
  void aMatchingRecordWithNothingInFlightIsJudgedAfreshAndKeepsItsJobFile() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    manager(allSucceed(), options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context);
    Path jobFile = workflow.stateDirectory().resolve("job.sh");
    Object before = Files.readAttributes(jobFile, BasicFileAttributes.class).fileKey();
    Files.delete(Scan.output(1).path()); // the second branch's output is lost
    Context again = new Context();
    FakeBatchBackend backend = allSucceed();

    manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, again);

    assertThat(backend.submissions).containsExactly(List.of(1));
    assertThat(String.join("\n", again.lines)).doesNotContain("re-attaching");
    assertThat(phases(record(workflow))).isEqualTo("FINISHED/0 FINISHED/1");
    // The same text: not written again under a job that may be reading it.
    assertThat(Files.readAttributes(jobFile, BasicFileAttributes.class).fileKey()).isEqualTo(before);
  }

  @Test
  void aRefusedSubmissionLeavesTheRecordOfTheStagedJobs() throws Exception {
    WorkflowTask<?> workflow = Scan.workflow(2, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend = allSucceed().refusing(new IOException("sbatch: error: invalid partition"));

    IOException e = assertThrows(IOException.class,
        () -> manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context));

    assertThat(e).hasMessageThat().isEqualTo("sbatch: error: invalid partition");
    assertThat(phases(record(workflow))).isEqualTo("STAGED/0 STAGED/0");
  }

  @Test
  void anInterruptBeforeAnyJobWasSubmittedIsAPlainInterrupt() {
    WorkflowTask<?> workflow = Scan.workflow(1, options(1, OptionalInt.empty(), 1));
    FakeBatchBackend backend = allSucceed().refusing(new InterruptedException("sbatch interrupted"));

    InterruptedException e = assertThrows(InterruptedException.class,
        () -> manager(backend, options(1, OptionalInt.empty(), 1), 1.0).run(workflow, context));

    assertThat(e).isNotInstanceOf(InterruptedTaskException.class); // no jobs keep running
    assertThat(e).hasMessageThat().isEqualTo("sbatch interrupted");
  }

  @Test
  void aBackendWithoutOwnSettingsIsItselfConfiguredAndHasNoLimit() {
    RegisteredFakeBackend plain = new RegisteredFakeBackend();

    assertThat(plain.configure(null)).isSameInstanceAs(plain);
    assertThat(plain.defaultParallelJobs()).isEmpty();
  }
}
