package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.internal.batch.JobManagerTest.job;
import static dev.docket.runtime.internal.batch.JobManagerTest.options;
import static dev.docket.runtime.internal.batch.JobManagerTest.phases;
import static dev.docket.runtime.internal.batch.JobManagerTest.record;
import static dev.docket.runtime.internal.batch.JobManagerTest.saveRecord;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.internal.batch.FakeBatchBackend.Attempt;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.batch.JobState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cancel-jobs} and {@code --cleanup-jobs} on the last submission of a workflow. */
class JobActionsTest {
  @TempDir Path store;
  private WorkflowTask<?> workflow;
  private FakeBatchBackend backend;

  @BeforeEach
  void setUp() {
    TestStores.reset(store);
    workflow = Scan.workflow(3, options(1, OptionalInt.empty(), 1));
    backend = new FakeBatchBackend("fake", (index, attempt) -> Attempt.succeeds());
    RegisteredFakeBackend.current = backend;
  }

  private void saveJobs(Job.Phase... phases) throws Exception {
    List<Job> jobs = new java.util.ArrayList<>();
    for (int i = 0; i < phases.length; i++) {
      jobs.add(job(i, String.valueOf(i), phases[i], 1, "fake-" + (i + 1)));
    }
    saveRecord(workflow, new JobRecord("fake", 1, jobs));
  }

  @Test
  void cancelCancelsTheJobsInFlightAndRecordsThemAsFailed() throws Exception {
    saveJobs(Job.Phase.RUNNING, Job.Phase.FINISHED, Job.Phase.PENDING);

    String said = JobActions.cancel(workflow);

    assertThat(said).isEqualTo("cancelled 2 jobs of " + workflow.id() + " on fake");
    assertThat(backend.cancelled).containsExactly(List.of("fake-1", "fake-3"));
    assertThat(phases(record(workflow))).isEqualTo("FAILED/1 FINISHED/1 FAILED/1");
  }

  @Test
  void cancelWithNothingInFlightAsksTheBatchSystemNothing() throws Exception {
    saveJobs(Job.Phase.FINISHED, Job.Phase.FAILED);

    assertThat(JobActions.cancel(workflow)).isEqualTo("cancelled 0 jobs of " + workflow.id() + " on fake");
    assertThat(backend.cancelled).isEmpty();
  }

  @Test
  void cancelWithoutASubmissionSaysWhereItLooked() throws Exception {
    assertThat(JobActions.cancel(workflow)).isEqualTo(
        "no submission of " + workflow.id() + " to cancel (looked in " + workflow.stateDirectory() + ")");
    assertThat(Files.exists(workflow.stateDirectory())).isFalse();
  }

  @Test
  void cleanupRemovesTheSubmissionDirectoryWhenNoJobIsAlive() throws Exception {
    saveJobs(Job.Phase.FINISHED, Job.Phase.RUNNING, Job.Phase.PENDING); // as the client left them
    // fake-3 failed since; the batch system has forgotten fake-2.
    backend.knows("fake-3", 2, new Attempt(List.of(JobState.FAILED), false));
    Path log = Files.createDirectories(workflow.stateDirectory().resolve("logs")).resolve("job-0.log");
    Files.writeString(log, "docket job 0: exit status 0\n");
    SubmissionLock.open(workflow.stateDirectory()).close(); // a client ran it and ended

    String said = JobActions.cleanup(workflow);

    assertThat(said).isEqualTo("removed the submission record, job file and logs in " + workflow.stateDirectory());
    assertThat(Files.exists(workflow.stateDirectory())).isFalse();
    assertThat(backend.polls).containsExactly(List.of("fake-2", "fake-3"));
  }

  @Test
  void cleanupRefusesWhileAJobIsAlive() throws Exception {
    saveJobs(Job.Phase.FINISHED, Job.Phase.PENDING, Job.Phase.RUNNING);
    backend.knows("fake-2", 1, Attempt.queuedForever()).knows("fake-3", 2, Attempt.runsFor(5));

    BadInputException e = assertThrows(BadInputException.class, () -> JobActions.cleanup(workflow));

    assertThat(e).hasMessageThat().isEqualTo(
        "2 jobs of " + workflow.id() + " are still in flight; cancel them first with --cancel-jobs");
    assertThat(Files.exists(workflow.stateDirectory().resolve(JobRecord.FILE))).isTrue();
  }

  @Test
  void cleanupRefusesWhileAClientDrivesTheSubmission() throws Exception {
    saveJobs(Job.Phase.FINISHED);
    try (SubmissionLock client = SubmissionLock.open(workflow.stateDirectory())) {
      assertThat(client.tryAcquire()).isTrue();

      BadInputException e = assertThrows(BadInputException.class, () -> JobActions.cleanup(workflow));

      assertThat(e).hasMessageThat().isEqualTo("a client (pid " + ProcessHandle.current().pid()
          + ") is still running the jobs of " + workflow.id() + "; stop it (or --cancel-jobs) before --cleanup-jobs");
    }
    assertThat(Files.exists(workflow.stateDirectory().resolve(JobRecord.FILE))).isTrue();
  }

  @Test
  void cleanupWithoutASubmissionSaysSo() throws Exception {
    assertThat(JobActions.cleanup(workflow)).isEqualTo("no submission of " + workflow.id() + " to clean up");
  }
}
