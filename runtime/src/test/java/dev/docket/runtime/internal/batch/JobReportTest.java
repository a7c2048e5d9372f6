package dev.docket.runtime.internal.batch;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.internal.batch.JobManagerTest.job;
import static dev.docket.runtime.internal.batch.JobManagerTest.options;
import static dev.docket.runtime.internal.batch.JobManagerTest.record;
import static dev.docket.runtime.internal.batch.JobManagerTest.saveRecord;

import dev.docket.runtime.TestStores;
import dev.docket.runtime.internal.batch.FakeBatchBackend.Attempt;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code --print-status} says of a workflow's jobs, from the submission record alone. */
class JobReportTest {
  @TempDir Path store;
  private WorkflowTask<?> workflow;

  @BeforeEach
  void setUp() {
    TestStores.reset(store);
    workflow = Scan.workflow(20, options(2, OptionalInt.empty(), 1));
  }

  private Path file() {
    return workflow.stateDirectory().resolve(JobRecord.FILE);
  }

  private Path log(int index) {
    return workflow.stateDirectory().resolve("logs/job-" + index + ".log");
  }

  /** Ten jobs of two branches: five finished, then one in each other state. */
  private JobRecord mixed() {
    List<Job> jobs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      jobs.add(job(i, (2 * i) + ":" + (2 * i + 2), Job.Phase.FINISHED, 1, String.valueOf(101 + i)));
    }
    jobs.add(job(5, "10:12", Job.Phase.RUNNING, 2, "107"));
    Job held = job(6, "12:14", Job.Phase.HELD, 1, "108");
    held.reason = "memory usage exceeded request_memory";
    jobs.add(held);
    Job failed = job(7, "14:16", Job.Phase.FAILED, 2, "109");
    failed.reason = "NonZeroExitCode";
    jobs.add(failed);
    jobs.add(job(8, "16:18", Job.Phase.PENDING, 1, "110"));
    jobs.add(job(9, "18:20", Job.Phase.STAGED, 0, "-"));
    return new JobRecord("slurm", 2, jobs);
  }

  @Test
  void aWorkflowNeverSubmitted_hasNoJobsToShow() {
    assertThat(JobReport.lines(workflow)).isEmpty();
  }

  @Test
  void listsEachJobWithItsStateIdAndReason_groupingRunsOfPlainOnes_andTheLogOfFailedOnes() {
    List<String> lines = JobReport.lines(mixed(), workflow, file(), "2026-12-01 17:40:12", Optional.of(" (pid 4242)"));
    assertThat(lines).containsExactly(
        "10 jobs on slurm: 5 finished, 1 running, 2 pending (1 not submitted yet), 1 held, 1 failed",
        "record " + file() + ", saved 2026-12-01 17:40:12, by a client still running (pid 4242)",
        "  jobs 0-4: finished, branches 0:10, ids 101 to 105",
        "  job 5: running (attempt 2), branches 10:12, id 107",
        "  job 6: held, branches 12:14, id 108, reason: memory usage exceeded request_memory",
        "  job 7: failed after 2 attempts, branches 14:16, id 109, reason: NonZeroExitCode; log " + log(7),
        "  job 8: pending, branches 16:18, id 110",
        "  job 9: not submitted yet, branches 18:20").inOrder();
  }

  @Test
  void twoJobsAlikeAreListedOneByOne_threeShareALine() {
    List<Job> jobs = List.of(
        job(0, "0:2", Job.Phase.RUNNING, 1, "7_0"), job(1, "2:4", Job.Phase.RUNNING, 1, "7_1"),
        job(2, "4:6", Job.Phase.FINISHED, 2, "7_2"), job(3, "6:8", Job.Phase.FINISHED, 2, "7_3"),
        job(4, "8:10", Job.Phase.FINISHED, 2, "7_5"), job(5, "10:20", Job.Phase.FINISHED, 0, "-"));
    List<String> lines = JobReport.lines(new JobRecord("slurm", 2, jobs), workflow, file(), "t", Optional.empty());
    assertThat(lines.subList(2, lines.size())).containsExactly(
        "  job 0: running, branches 0:2, id 7_0",
        "  job 1: running, branches 2:4, id 7_1",
        "  jobs 2-4: finished after 2 attempts, branches 4:10, ids 7_2, 7_3, …, 7_5 (3 ids; all in the record)",
        "  job 5: finished (already complete), branches 10:20").inOrder();
  }

  @Test
  void idsThatCountUpAreShownAsARange() {
    assertThat(JobReport.ids(List.of("12.0", "12.1", "12.2", "12.3"))).isEqualTo("12.0 to 12.3");
    assertThat(JobReport.ids(List.of("4711", "4712", "4713"))).isEqualTo("4711 to 4713");
    assertThat(JobReport.ids(List.of("9.pbs", "10.pbs", "11.pbs"))).isEqualTo("9.pbs to 11.pbs");
    assertThat(JobReport.ids(List.of("1", "2"))).isEqualTo("1, 2");
    assertThat(JobReport.ids(List.of("a", "b", "c", "d"))).isEqualTo("a, b, …, d (4 ids; all in the record)");
  }

  @Test
  void aRecordLeftWithJobsInFlight_saysHowToAttachToThem() throws Exception {
    saveRecord(workflow, mixed());

    List<String> lines = JobReport.lines(workflow);

    assertThat(lines.get(1)).matches("record " + java.util.regex.Pattern.quote(file().toString())
        + ", saved [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}, by a client that stopped: run the"
        + " same command again to attach to the 3 jobs in flight, or --cancel-jobs to cancel them");
    assertThat(lines).contains("  job 6: held, branches 12:14, id 108, reason: memory usage exceeded request_memory");
  }

  @Test
  void aRecordWhoseClientRuns_namesIt() throws Exception {
    saveRecord(workflow, mixed());
    try (SubmissionLock lock = SubmissionLock.open(workflow.stateDirectory())) {
      assertThat(lock.tryAcquire()).isTrue();

      assertThat(JobReport.lines(workflow).get(1)).endsWith(
          ", by a client still running (pid " + ProcessHandle.current().pid() + ")");
    }
    assertThat(JobReport.lines(workflow).get(1)).endsWith("to cancel them");
  }

  @Test
  void aRecordOfAnEndedSubmission_saysSo() throws Exception {
    saveRecord(workflow, new JobRecord("slurm", 10, List.of(
        job(0, "0:10", Job.Phase.FINISHED, 1, "1"), job(1, "10:20", Job.Phase.FINISHED, 1, "2"))));
    List<String> lines = JobReport.lines(workflow);
    assertThat(lines.get(0)).isEqualTo("2 jobs on slurm: 2 finished, 0 failed");
    assertThat(lines.get(1)).endsWith(", by a client that has ended");
  }

  @Test
  void aRecordOfAnEarlierVersion_withoutReasons_isRead() throws Exception {
    Files.createDirectories(workflow.stateDirectory());
    Files.writeString(file(), "# docket submission record v1\nslurm\t10\n0\t0:10\tFINISHED\t1\t41\n"
        + "1\t10:20\tFAILED\t3\t42\n", StandardCharsets.UTF_8);
    assertThat(JobReport.lines(workflow)).containsAtLeast(
        "2 jobs on slurm: 1 finished, 1 failed",
        "  job 0: finished, branches 0:10, id 41",
        "  job 1: failed after 3 attempts, branches 10:20, id 42; log " + log(1)).inOrder();
  }

  @Test
  void aDamagedRecord_saysSoInsteadOfFailing() throws Exception {
    Files.createDirectories(workflow.stateDirectory());
    Files.writeString(file(), "# docket submission record v1\nslurm\t10\nnot a job\n", StandardCharsets.UTF_8);
    assertThat(JobReport.lines(workflow)).containsExactly(
        "submission record " + file() + " cannot be read: For input string: \"not a job\"");
    Files.writeString(file(), "something else\n", StandardCharsets.UTF_8);
    assertThat(JobReport.lines(workflow)).containsExactly(
        "submission record " + file() + " cannot be read: it is not one docket wrote");
  }

  @Test
  void theRecordKeepsTheBatchSystemsReason_onOneLine() throws Exception {
    Job job = job(0, "0:2", Job.Phase.FAILED, 1, "5");
    job.reason = "exit code 1\tsee\nthe log";
    saveRecord(workflow, new JobRecord("slurm", 2, List.of(job, job(1, "2:4", Job.Phase.FINISHED, 1, "6"))));
    List<Job> loaded = record(workflow).jobs();
    assertThat(loaded.get(0).reason).isEqualTo("exit code 1 see the log");
    assertThat(loaded.get(1).reason).isEmpty();
    assertThat(Files.readAllLines(file())).contains("1\t2:4\tFINISHED\t1\t6\t");
  }

  /** The machinery keeps the reason of a job it gave up on; the report shows it with its log. */
  @Test
  void aJobGivenUpOnAfterAHold_showsItsHoldReasonAndLog() throws Exception {
    WorkflowTask<?> two = Scan.workflow(2, options(1, OptionalInt.empty(), 0));
    Scan.write("0");
    FakeBatchBackend backend = new FakeBatchBackend("fake", (index, attempt) -> Attempt.heldAfter(1));
    backend.outputs = Scan::write;
    JobSettings settings = new JobSettings(Duration.ofMillis(1), 0.5, Optional.empty(), Map.of(), Duration.ofMillis(1));
    new JobManager(backend, options(1, OptionalInt.empty(), 0), settings,
        new JobCommand("/opt/java/bin/java", "app.jar", "org.example.Main")).run(two, new JobManagerTest.Context());

    assertThat(JobReport.lines(two)).containsAtLeast(
        "2 jobs on fake: 1 finished (1 already complete), 1 failed",
        "  job 1: failed after 1 attempt, branches 1, id fake-1, reason: " + FakeBatchBackend.HOLD_REASON
            + "; log " + two.stateDirectory().resolve("logs/job-1.log")).inOrder();
  }
}
