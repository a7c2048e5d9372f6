package dev.docket.backends.lsf;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.batch.BatchBackends;
import dev.docket.runtime.spi.batch.JobFile;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LSF backend against the stand-in {@code bsub}, {@code bjobs} and {@code bkill} (see
 * {@link StandIns}): submission as job arrays, states with LSF's reasons, cancelling, the
 * template, and parameters that stay inert.
 */
class LsfBackendTest {
  private static final long DEADLINE_MS = 60_000;

  @TempDir Path dir;
  private Path bin;
  private final List<String> submitted = new ArrayList<>();

  @BeforeEach
  void standIns() throws IOException {
    bin = StandIns.install(dir.resolve("bin"));
  }

  @AfterEach
  void killLeftovers() throws Exception {
    backend(Map.of()).cancel(submitted); // no stand-in job outlives its test
  }

  private LsfBackend backend(Map<String, String> section) {
    DocketConfig config = new DocketConfig(Optional.of(dir.resolve("docket.cfg")), dir, OptionalInt.empty(),
        Map.of("lsf", section));
    return new LsfBackend(LsfSettings.read(config), Optional.of(bin));
  }

  /** Job i runs the default job file; its command writes its branches, "i", to out/i and fails for 3. */
  private JobSubmission submission(LsfBackend backend, List<Integer> indices, Path base, String name, List<String> command)
      throws IOException {
    Files.createDirectories(base.resolve("out"));
    Map<Integer, String> jobs = new LinkedHashMap<>();
    for (int index : indices) {
      jobs.put(index, Integer.toString(index));
    }
    Path jobFile = base.resolve("job.sh");
    Files.writeString(jobFile, JobFile.render(JobFile.template(Optional.empty()), name, backend.jobIndexExpression(),
        jobs, base, command));
    return new JobSubmission(jobFile, base, indices, name, base);
  }

  private JobSubmission submission(LsfBackend backend, List<Integer> indices) throws IOException {
    return submission(backend, indices, dir, "docket-test",
        List.of("sh", "-c", "echo \"$2\" > \"$0/$2\"; [ \"$2\" != 3 ]", dir.resolve("out").toString()));
  }

  private List<String> submit(LsfBackend backend, JobSubmission submission) throws Exception {
    List<String> ids = backend.submit(submission);
    submitted.addAll(ids);
    return ids;
  }

  private Map<String, JobStatus> waitUntil(LsfBackend backend, List<String> ids, Predicate<JobStatus> done)
      throws Exception {
    long end = System.currentTimeMillis() + DEADLINE_MS;
    while (true) {
      Map<String, JobStatus> states = backend.status(ids);
      if (states.values().stream().allMatch(done) || System.currentTimeMillis() > end) {
        return states;
      }
      Thread.sleep(100);
    }
  }

  private static boolean ended(JobStatus s) {
    return s.state() == JobState.FINISHED || s.state() == JobState.FAILED || s.state() == JobState.UNKNOWN;
  }

  @Test
  void oneBsubSubmitsOneArray_eachJobSeesItsIndex_andLsfsExitCodeIsTheReason() throws Exception {
    LsfBackend backend = backend(Map.of());
    List<Integer> indices = List.of(0, 1, 2, 3, 4);

    List<String> ids = submit(backend, submission(backend, indices));

    String array = ids.get(0).substring(0, ids.get(0).indexOf('['));
    assertThat(ids).containsExactly(array + "[1]", array + "[2]", array + "[3]", array + "[4]", array + "[5]")
        .inOrder();
    Map<String, JobStatus> states = waitUntil(backend, ids, LsfBackendTest::ended);
    for (int i = 0; i < indices.size(); i++) {
      JobStatus expected = i == 3 ? JobStatus.failed("exit code 1") : JobStatus.of(JobState.FINISHED);
      assertWithMessage("job " + i).that(states.get(ids.get(i))).isEqualTo(expected);
      assertThat(Files.readString(dir.resolve("out").resolve(Integer.toString(i))).strip()).isEqualTo(Integer.toString(i));
    }
    JobSubmission s = submission(backend, indices);
    assertThat(Files.readString(s.log(3))).contains("docket job 3: branches 3");
    assertThat(Files.readString(s.log(3))).contains("Exited with exit code 1."); // LSF's report, appended
    assertThat(Files.readString(s.log(0))).contains("docket job 0: branches 0");
  }

  @Test
  void indicesBeyondMaxJobArraySizeAreSeveralArrays_eachCountedFromItsFirstIndex() throws Exception {
    LsfBackend backend = backend(Map.of("max-array-size", "10"));
    List<Integer> indices = List.of(2, 15, 17, 40);

    List<String> ids = submit(backend, submission(backend, indices));

    assertThat(ids.stream().map(id -> id.substring(0, id.indexOf('['))).distinct().count()).isEqualTo(3);
    assertThat(ids.get(2)).endsWith("[3]"); // 17 is element 3 of the array from 15
    Map<String, JobStatus> states = waitUntil(backend, ids, LsfBackendTest::ended);
    assertThat(states.values().stream().map(JobStatus::state).distinct().toList()).containsExactly(JobState.FINISHED);
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("2", "15", "17", "40");
    }
    assertThat(Files.readString(submission(backend, indices).log(17))).contains("docket job 17: branches 17");
  }

  @Test
  void aPendingJobShowsLsfsPendingReason_andIsCancelled() throws Exception {
    StandIns.knob(bin, "PEND_SECONDS", "600");
    LsfBackend backend = backend(Map.of());
    List<String> ids = submit(backend, submission(backend, List.of(0, 1)));

    assertThat(backend.status(ids).get(ids.get(1)))
        .isEqualTo(new JobStatus(JobState.PENDING, "New job is waiting for scheduling"));

    backend.cancel(ids);
    Map<String, JobStatus> states = backend.status(ids);
    assertThat(states.get(ids.get(0)).state()).isEqualTo(JobState.FAILED);
    backend.cancel(ids); // already ended: ignored, as the SPI says
    assertThat(Files.exists(dir.resolve("out").resolve("0"))).isFalse();
  }

  @Test
  void aJobSubmittedHeldIsHeldWithLsfsReason() throws Exception {
    LsfBackend backend = backend(Map.of("extra", "-H"));
    List<String> ids = submit(backend, submission(backend, List.of(0)));

    assertThat(backend.status(ids).get(ids.get(0)))
        .isEqualTo(JobStatus.held("The job was suspended by the user while pending"));
  }

  @Test
  void aRunningJobIsKilled() throws Exception {
    LsfBackend backend = backend(Map.of());
    List<String> ids = submit(backend, submission(backend, List.of(0), dir, "sleeper", List.of("sh", "-c", "sleep 120", "sleeper")));
    assertThat(waitUntil(backend, ids, s -> s.state() != JobState.PENDING).get(ids.get(0)).state())
        .isEqualTo(JobState.RUNNING);

    backend.cancel(ids);

    JobStatus killed = waitUntil(backend, ids, LsfBackendTest::ended).get(ids.get(0));
    assertThat(killed.state()).isEqualTo(JobState.FAILED);
    assertThat(killed.reason()).startsWith("exit code ");
  }

  @Test
  void aJobThatLeftTheSystemIsUnknown_asIsAnIdLsfNeverGave() throws Exception {
    StandIns.knob(bin, "CLEAN_SECONDS", "0");
    LsfBackend backend = backend(Map.of());
    List<String> ids = submit(backend, submission(backend, List.of(0)));

    Map<String, JobStatus> states = waitUntil(backend, ids, s -> s.state() == JobState.UNKNOWN);

    assertThat(states.get(ids.get(0))).isEqualTo(JobStatus.of(JobState.UNKNOWN));
    assertThat(Files.exists(dir.resolve("out").resolve("0"))).isTrue(); // it ran, then LSF forgot it
    assertThat(backend.status(List.of("99999[1]", "99998"))).containsExactly(
        "99999[1]", JobStatus.of(JobState.UNKNOWN), "99998", JobStatus.of(JobState.UNKNOWN));
  }

  @Test
  void shellMetacharactersInNamesPathsAndParametersStayInert() throws Exception {
    Path base = Files.createDirectories(dir.resolve("it's $(touch pwned1) `touch pwned2`"));
    String parameter = "$(touch pwned3); `touch pwned4` 'quoted' \"double\" & | ; > x";
    LsfBackend backend = backend(Map.of());
    JobSubmission submission = submission(backend, List.of(0), base, "t$(touch pwned5)[1]",
        List.of("sh", "-c", "printf '%s' \"$1\" > \"$0/param\"", base.resolve("out").toString(), parameter));

    List<String> ids = submit(backend, submission);

    assertThat(waitUntil(backend, ids, LsfBackendTest::ended).get(ids.get(0)))
        .isEqualTo(JobStatus.of(JobState.FINISHED));
    assertThat(Files.readString(base.resolve("out").resolve("param"))).isEqualTo(parameter);
    try (Stream<Path> all = Stream.concat(Files.walk(dir), Files.walk(Path.of("").toAbsolutePath(), 1))) {
      assertThat(all.filter(p -> p.getFileName().toString().startsWith("pwned")).toList()).isEmpty();
    }
  }

  @Test
  void aUsersTemplateIsWhatBsubReads() throws Exception {
    Files.writeString(dir.resolve("site.bsub"), String.join("\n",
        "#!/bin/sh", "#BSUB -q short", "{{directives}}", "DOCKET_ARRAY_FIRST={{array_first}}",
        "export DOCKET_ARRAY_FIRST", "echo \"site template for {{task}}\"", "exec /bin/sh {{job_file}}", ""));
    LsfBackend backend = backend(Map.of("job-template", "site.bsub", "time", "10"));
    List<String> ids = submit(backend, submission(backend, List.of(0)));

    waitUntil(backend, ids, LsfBackendTest::ended);

    String log = Files.readString(submission(backend, List.of(0)).log(0));
    assertThat(log).contains("site template for docket-test");
    assertThat(log).contains("docket job 0: branches 0");
    assertThat(log).contains("in queue <short>");
    String script = Files.readString(dir.resolve("lsf-0.bsub"));
    assertThat(script).contains("#BSUB -W 10\n");
  }

  @Test
  void anUnknownPlaceholderInTheTemplateIsBadInput() throws Exception {
    Files.writeString(dir.resolve("site.bsub"), "#BSUB -q {{queue}}\n");
    LsfBackend backend = backend(Map.of("job-template", "site.bsub"));

    BadInputException e = assertThrows(BadInputException.class, () -> backend.submit(submission(backend, List.of(0))));
    assertThat(e).hasMessageThat().contains("{{queue}}");
    assertThat(e).hasMessageThat().contains("{{array_first}}");
  }

  @Test
  void bsubsRefusalIsReportedWithItsWords() throws Exception {
    LsfBackend backend = backend(Map.of("queue", "nope"));

    IOException e = assertThrows(IOException.class, () -> backend.submit(submission(backend, List.of(0))));
    assertThat(e).hasMessageThat().contains("bsub refused the jobs");
    assertThat(e).hasMessageThat().contains("nope: No such queue. Job not submitted.");
  }

  @Test
  void withoutLsfOnPathTheRunStopsWithAdvice() {
    assumeTrue(Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .noneMatch(p -> !p.isEmpty() && Files.isExecutable(Path.of(p, "bsub"))), "a real bsub is on PATH");

    BadInputException e = assertThrows(BadInputException.class,
        () -> new LsfBackend().configure(DocketConfig.empty(dir)));
    assertThat(e).hasMessageThat().contains("--workflow lsf needs LSF's bsub, which is not on PATH");
  }

  @Test
  void theJobIndexIsTheFirstIndexPlusTheElementMinusOne() throws Exception {
    String script = "job=" + new LsfBackend().jobIndexExpression() + "; echo \"$job\"";
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true);
    builder.environment().put("LSB_JOBINDEX", "3");
    builder.environment().put("DOCKET_ARRAY_FIRST", "1500");
    Process process = builder.start();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip()).isEqualTo("1502");
  }

  @Test
  void isFoundWithServiceLoaderByName() {
    assertThat(BatchBackends.named("lsf")).isInstanceOf(LsfBackend.class);
  }
}
