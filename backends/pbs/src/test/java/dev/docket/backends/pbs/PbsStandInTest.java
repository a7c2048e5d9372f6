package dev.docket.backends.pbs;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.batch.JobFile;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The PBS backend against the stand-in qsub, qstat and qdel of src/test/resources/pbs-standin,
 * which replay PBS Professional's documented output (PBS cannot be installed here); the pom puts
 * them first on the PATH and their "server" in target/pbs-standin.
 */
class PbsStandInTest {
  private static final long DEADLINE_MS = 60_000;

  @RegisterExtension
  static final RequiredService STAND_INS =
      RequiredService.onPath("pbs_standin.py", "run the tests through Maven: backends/pbs/pom.xml puts the PBS stand-ins on the PATH");

  @RegisterExtension
  static final RequiredService PYTHON = RequiredService.onPath("python3", "the PBS stand-ins are Python 3 scripts: apt-get install python3");

  @TempDir Path dir;
  private final List<String> submitted = new ArrayList<>();
  private Path knobs;

  @BeforeEach
  void knobs() throws IOException {
    knobs = Path.of(System.getenv("DOCKET_PBS_STANDIN")).resolve("knobs");
    Files.createDirectories(knobs.getParent());
    Files.deleteIfExists(knobs);
  }

  @AfterEach
  void cancelLeftovers() throws Exception {
    Files.deleteIfExists(knobs);
    new PbsBackend().cancel(submitted);
  }

  private PbsBackend backend(String... keysAndValues) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      section.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return new PbsBackend().configure(new DocketConfig(Optional.empty(), dir, OptionalInt.empty(), Map.of("pbs", section)));
  }

  /**
   * The default job file over {@code directory}; job i runs {@code command} with its branches
   * text ("i") appended as {@code --branches i}.
   */
  private JobSubmission submission(PbsBackend backend, Path directory, List<Integer> indices, List<String> command)
      throws IOException {
    Files.createDirectories(directory);
    Map<Integer, String> jobs = new LinkedHashMap<>();
    for (int index = 0; index <= 40; index++) {
      jobs.put(index, Integer.toString(index));
    }
    Path jobFile = directory.resolve("job.sh");
    Files.writeString(jobFile, JobFile.render(JobFile.template(Optional.empty()), "test", backend.jobIndexExpression(),
        jobs, dir, command));
    return new JobSubmission(jobFile, directory, indices, "docket-test", dir);
  }

  /** Job i writes "i" to out/i and exits with status i when i is 3 or 13, else 0. */
  private JobSubmission writing(PbsBackend backend, List<Integer> indices) throws IOException {
    Path out = Files.createDirectories(dir.resolve("out"));
    return submission(backend, dir.resolve("sub"), indices, List.of("sh", "-c",
        "echo \"$2\" > \"$0/$2\"; case $2 in 3|13) exit $2 ;; esac", out.toString()));
  }

  private List<String> submit(PbsBackend backend, JobSubmission submission) throws Exception {
    List<String> ids = backend.submit(submission);
    submitted.addAll(ids);
    return ids;
  }

  private Map<String, JobStatus> waitUntil(PbsBackend backend, List<String> ids, java.util.function.Predicate<Map<String, JobStatus>> done)
      throws Exception {
    long end = System.currentTimeMillis() + DEADLINE_MS;
    while (true) {
      Map<String, JobStatus> states = backend.status(ids);
      if (done.test(states)) {
        return states;
      }
      assertWithMessage("states by the deadline").that(System.currentTimeMillis()).isLessThan(end);
      Thread.sleep(100);
    }
  }

  private static boolean ended(Map<String, JobStatus> states) {
    return states.values().stream().noneMatch(s -> s.state() == JobState.PENDING || s.state() == JobState.RUNNING);
  }

  @Test
  void aFirstSubmissionIsOneArray_eachElementRunsItsJob_andExitCodesAreReported() throws Exception {
    PbsBackend backend = backend();
    List<String> ids = submit(backend, writing(backend, IntStream.range(0, 5).boxed().toList()));

    assertThat(ids).hasSize(5);
    String array = ids.get(0).substring(0, ids.get(0).indexOf('['));
    for (int i = 0; i < 5; i++) {
      assertThat(ids.get(i)).isEqualTo(array + "[" + i + "].standin");
    }
    Map<String, JobStatus> states = waitUntil(backend, ids, PbsStandInTest::ended);
    for (int i = 0; i < 5; i++) {
      JobStatus expected = i == 3 ? JobStatus.failed("exit code 3") : JobStatus.of(JobState.FINISHED);
      assertWithMessage("job " + i).that(states.get(ids.get(i))).isEqualTo(expected);
      assertThat(Files.readString(dir.resolve("out/" + i)).strip()).isEqualTo(Integer.toString(i));
      assertThat(Files.readString(dir.resolve("sub/logs/job-" + i + ".log"))).contains("docket job " + i + ": branches " + i);
    }
  }

  @Test
  void aResubmissionOfScatteredJobsIsArraysWithAStepAndLoneJobs_whoseLogsGrow() throws Exception {
    PbsBackend backend = backend();
    List<String> first = submit(backend, writing(backend, List.of(13)));
    assertThat(first.get(0)).matches("[0-9]+\\.standin"); // a lone job: no array
    waitUntil(backend, first, PbsStandInTest::ended);

    List<String> ids = submit(backend, writing(backend, List.of(1, 4, 7, 13)));
    assertThat(ids.get(0)).endsWith("[1].standin");
    assertThat(ids.get(2)).endsWith("[7].standin");
    assertThat(ids.get(3)).matches("[0-9]+\\.standin");
    Map<String, JobStatus> states = waitUntil(backend, ids, PbsStandInTest::ended);
    assertThat(states.get(ids.get(1))).isEqualTo(JobStatus.of(JobState.FINISHED));
    assertThat(states.get(ids.get(3))).isEqualTo(JobStatus.failed("exit code 13"));
    for (int i : List.of(1, 4, 7, 13)) {
      assertThat(Files.readString(dir.resolve("out/" + i)).strip()).isEqualTo(Integer.toString(i));
    }
    // Every attempt appends to the job's log.
    String log = Files.readString(dir.resolve("sub/logs/job-13.log"));
    assertThat(log.split("docket job 13: branches 13,", -1)).hasLength(3);
  }

  @Test
  void aJobWaitingForResourcesIsPendingWithTheSchedulersComment_andQdelKillsRunningJobs() throws Exception {
    Files.writeString(knobs, "DOCKET_PBS_STANDIN_SLOTS=1\n");
    PbsBackend backend = backend();
    List<String> ids = submit(backend, submission(backend, dir.resolve("sub"), List.of(0, 1), List.of("sh", "-c", "sleep 60")));

    Map<String, JobStatus> states = waitUntil(backend, ids,
        s -> s.values().stream().anyMatch(j -> j.state() == JobState.RUNNING));
    JobStatus waiting = states.get(ids.get(0)).state() == JobState.RUNNING ? states.get(ids.get(1)) : states.get(ids.get(0));
    assertThat(waiting.state()).isEqualTo(JobState.PENDING);
    assertThat(waiting.reason()).startsWith("Not Running: Insufficient amount of resource: ncpus");

    backend.cancel(ids);
    states = waitUntil(backend, ids, PbsStandInTest::ended);
    assertThat(states.values()).containsExactly(
        JobStatus.failed("killed by signal 15, Exit_status 271"),
        JobStatus.failed("Job deleted by qdel before it ran"));
    backend.cancel(ids); // finished jobs: qdel's "Job has finished" is not an error
  }

  @Test
  void heldJobsAreHeldWithTheirHoldType_untilCancelled() throws Exception {
    PbsBackend backend = backend("extra", "-h");
    List<String> ids = submit(backend, writing(backend, List.of(0, 1)));
    assertThat(backend.status(ids).values()).containsExactly(JobStatus.held("user hold"), JobStatus.held("user hold"));
    backend.cancel(ids.subList(0, 1));
    Map<String, JobStatus> states = waitUntil(backend, ids, s -> s.get(ids.get(0)).state() == JobState.FAILED);
    assertThat(states.get(ids.get(1))).isEqualTo(JobStatus.held("user hold"));
    assertThat(Files.exists(dir.resolve("out/0"))).isFalse();
  }

  @Test
  void aJobThatLeftTheHistoryIsUnknown_andCancellingItIsHarmless() throws Exception {
    PbsBackend backend = backend();
    List<String> ids = submit(backend, writing(backend, List.of(0, 1)));
    waitUntil(backend, ids, PbsStandInTest::ended);
    Files.writeString(knobs, "DOCKET_PBS_STANDIN_HISTORY=0\n"); // job_history_duration 0

    List<String> asked = List.of(ids.get(0), ids.get(1), "99999.standin", "not a job id");
    Map<String, JobStatus> states = backend.status(asked);
    assertThat(states.keySet()).containsExactlyElementsIn(asked);
    assertThat(states.get(ids.get(0)).state()).isEqualTo(JobState.UNKNOWN);
    assertThat(states.get("99999.standin").state()).isEqualTo(JobState.UNKNOWN);
    assertThat(states.get("not a job id")).isEqualTo(new JobStatus(JobState.UNKNOWN, "not a PBS job id"));
    backend.cancel(List.of(ids.get(0), "99999.standin"));
  }

  @Test
  void shellMetacharactersInParametersAndPathsStayInert() throws Exception {
    PbsBackend backend = backend("extra", "-W group_list='$(touch pwned-extra)'");
    String value = "$(touch pwned-1); `touch pwned-2` | touch pwned-3 & echo \"it's\" > pwned-4 \\";
    Path odd = dir.resolve("it's $(touch pwned-dir) ; `x`");
    Path out = dir.resolve("value.txt");
    JobSubmission submission = submission(backend, odd, List.of(0, 1),
        List.of("sh", "-c", "printf '%s' \"$0\" > \"$1\"", value, out.toString()));
    List<String> ids = submit(backend, new JobSubmission(submission.jobFile(), odd, List.of(0, 1),
        "docket-$(touch pwned-name);`x`", dir));
    Map<String, JobStatus> states = waitUntil(backend, ids, PbsStandInTest::ended);
    assertThat(states.values()).containsExactly(JobStatus.of(JobState.FINISHED), JobStatus.of(JobState.FINISHED));
    assertThat(Files.readString(out)).isEqualTo(value);
    for (Path home : List.of(dir, odd, Path.of(System.getProperty("user.home")), Path.of("").toAbsolutePath())) {
      try (var files = Files.list(home)) {
        assertWithMessage("files in " + home).that(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("pwned")).toList()).isEmpty();
      }
    }
    assertThat(Files.readString(odd.resolve("logs/job-1.log"))).contains("docket job 1: exit status 0");
    assertThat(Files.readString(odd.resolve(PbsBackend.SCRIPT))).contains("#PBS -N docket-__touch_pwned-name___x_\n");
  }

  @Test
  void aJobStartsInTheSubmissionsWorkingDirectory_notInTheHomeDirectoryWherePbsStartsIt() throws Exception {
    // A job of [job] ship = bundle finds its class path and configuration there.
    PbsBackend backend = backend();
    Path bundle = Files.createDirectories(dir.resolve("sub/bundle"));
    Path jobFile = dir.resolve("sub/job.sh");
    Files.writeString(jobFile, "pwd > '" + dir.resolve("pwd.txt") + "'\n");
    List<String> ids = submit(backend, new JobSubmission(jobFile, dir.resolve("sub"), List.of(0), "docket-test", bundle));
    assertThat(waitUntil(backend, ids, PbsStandInTest::ended).get(ids.get(0))).isEqualTo(JobStatus.of(JobState.FINISHED));
    assertThat(Files.readString(dir.resolve("pwd.txt")).strip()).isEqualTo(bundle.toRealPath().toString());
  }

  @Test
  void aRefusedSubmissionIsAnErrorWithQsubsMessage() throws Exception {
    PbsBackend backend = backend("queue", "nosuchqueue");
    IOException e = assertThrows(IOException.class, () -> submit(backend, writing(backend, List.of(0, 1))));
    assertThat(e).hasMessageThat().isEqualTo("qsub refused the jobs (exit 2): qsub: Unknown queue");
  }
}
