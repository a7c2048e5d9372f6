package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.internal.batch.BatchBackends;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.JobState;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every batch backend must do with the workflow {@link Skim}, tested on the real thing:
 * 20 branches complete; jobs killed at random are resubmitted; a client killed mid-way and
 * started again re-attaches instead of submitting again; two clients started at once submit
 * the jobs once and count the workflow once; {@code --cancel-jobs} stops them.
 */
abstract class BatchWorkflowContract {
  private static final long DEADLINE_MS = 150_000;

  @TempDir Path store;
  AnalysisProcess analysis;
  private final List<Process> clients = new ArrayList<>();

  abstract String backend();

  /**
   * The backend as this test's own JVM reaches it, to kill and poll jobs directly; a backend
   * whose tools are only on the clients' {@code PATH} (stand-ins) overrides it.
   */
  BatchBackend backendInThisJvm() {
    return BatchBackends.named(backend());
  }

  @BeforeEach
  void setUp() throws IOException {
    analysis = new AnalysisProcess(store);
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n");
  }

  @AfterEach
  void tearDown() throws Exception {
    for (Process client : clients) {
      client.destroyForcibly();
    }
    // Leave no job behind on the shared machine.
    analysis.run("run", "Skim", "--cancel-jobs");
  }

  private String[] args(String... extra) {
    List<String> all = new ArrayList<>(List.of("run", "Skim", "--workflow", backend()));
    all.addAll(List.of(extra));
    return all.toArray(new String[0]);
  }

  private long ran(String what) throws IOException {
    Path log = store.resolve("executions.log");
    return Files.exists(log) ? Files.readAllLines(log).stream().filter(what::equals).count() : 0;
  }

  private void assertAllTwentyBranchesDone() throws IOException {
    assertAllBranchesDone(20);
  }

  private void assertAllBranchesDone(int branches) throws IOException {
    for (int b = 0; b < branches; b++) {
      assertWithMessage("output of branch " + b)
          .that(Files.exists(store.resolve("skim/v1/ttbar/" + b + ".txt"))).isTrue();
    }
  }

  /**
   * The lines of the submission record: index, branches, phase, attempts, backend id (and the
   * batch system's last reason, when it gave one).
   */
  List<String[]> record() throws IOException {
    Path jobs = store.resolve(".docket/jobs/Skim");
    if (!Files.isDirectory(jobs)) {
      return List.of();
    }
    try (Stream<Path> dirs = Files.list(jobs)) {
      for (Path dir : dirs.toList()) {
        Path file = dir.resolve("submission.tsv");
        if (Files.exists(file)) {
          List<String[]> rows = new ArrayList<>();
          try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
              String[] f = line.split("\t");
              if (f.length >= 5) {
                rows.add(f);
              }
            }
          } catch (java.nio.file.NoSuchFileException e) {
            return List.of(); // replaced while we read it
          }
          return rows;
        }
      }
    }
    return List.of();
  }

  List<String[]> waitForRecord(Predicate<List<String[]>> condition, String what) throws Exception {
    long end = System.currentTimeMillis() + DEADLINE_MS;
    while (System.currentTimeMillis() < end) {
      List<String[]> rows = record();
      if (condition.test(rows)) {
        return rows;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("timed out waiting for " + what);
  }

  static long count(List<String[]> rows, String phase) {
    return rows.stream().filter(r -> r[2].equals(phase)).count();
  }

  Process startClient(Path out, String... extra) throws IOException {
    Process client = analysis.start(out, args(extra));
    clients.add(client);
    return client;
  }

  private static String finish(Process client, Path out) throws Exception {
    assertWithMessage("the client did not end in time").that(client.waitFor(DEADLINE_MS, TimeUnit.MILLISECONDS)).isTrue();
    return Files.readString(out);
  }

  @Test
  void aTwentyBranchWorkflowCompletes() throws Exception {
    AnalysisProcess.Result result = analysis.run(args("--tasks-per-job", "2", "--parallel-jobs", "4"));
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertAllTwentyBranchesDone();
    for (int b = 0; b < 20; b++) {
      assertThat(ran("Skim " + b)).isEqualTo(1);
    }
    // Ten jobs, at most four in flight: the first poll staged six.
    assertThat(result.out()).contains("all: 10, pending: 10 (+10), running: 0 (+0)");
    assertThat(result.out()).containsMatch("all: 10, pending: 0 \\([-+]\\d+\\), running: 0 \\([-+]\\d+\\), finished: 10 ");
    java.util.regex.Matcher running = java.util.regex.Pattern.compile("running: (\\d+) ").matcher(result.out());
    while (running.find()) {
      assertWithMessage("jobs running at once").that(Integer.parseInt(running.group(1))).isAtMost(4);
    }
    List<String[]> rows = record();
    assertThat(count(rows, "FINISHED")).isEqualTo(10);
    String jobs = "10 jobs on " + backend() + ": 10 finished( \\([^)]*\\))?, 0 failed";
    assertThat(result.out()).containsMatch(jobs + "; 20 of 20 branches are complete");
    // --print-status shows the jobs from the record, without the backend's options.
    AnalysisProcess.Result status = analysis.run("run", "Skim", "--print-status", "0");
    assertWithMessage(status.toString()).that(status.exitCode()).isEqualTo(0);
    assertThat(status.out()).containsMatch("\n  " + jobs + "\n  record .*, by a client that has ended\n");
    assertThat(status.out()).contains("    jobs 0-9: finished, branches 0:20, ids " + rows.get(0)[4]);
    assertThat(status.out()).contains(rows.get(9)[4]);
    try (Stream<Path> dirs = Files.list(store.resolve(".docket/jobs/Skim"))) {
      // The submission's directory only: a job leaves none of its own.
      assertThat(dirs.count()).isEqualTo(1);
    }

    AnalysisProcess.Result again = analysis.run(args());
    assertWithMessage(again.toString()).that(again.exitCode()).isEqualTo(0);
    assertThat(again.out()).contains("Summary: 0 ran");
  }

  @Test
  void aJobFailingBeyondItsRetriesFailsTheWorkflowWithItsLog_unlessTheAcceptanceIsMet() throws Exception {
    AnalysisProcess.Result failed = analysis.run(args("--chunks", "4", "--fail-branch", "2", "--retries", "1"));
    assertThat(failed.exitCode()).isEqualTo(1);
    Path log = store.resolve(".docket/jobs/Skim").toFile().listFiles()[0].toPath().resolve("logs/job-2.log");
    assertThat(failed.out()).contains(", resubmitting; log: " + log);
    assertThat(failed.out()).contains(", giving up after 2 attempts; log: " + log);
    assertThat(failed.out()).contains("1 of 4 jobs failed after 2 attempts: job 2 (branches 2, log " + log + ")");
    assertThat(failed.out()).contains("3 of 4 branches are complete, and [job] acceptance = 1.0 needs 4");
    assertThat(Files.readString(log)).contains("branch 2 fails, as asked with --fail-branch");
    assertThat(ran("Skim 2")).isEqualTo(2);
    AnalysisProcess.Result status = analysis.run("run", "Skim", "--chunks", "4", "--print-status", "0");
    assertWithMessage(status.toString()).that(status.exitCode()).isEqualTo(0);
    assertThat(status.out()).contains("  4 jobs on " + backend() + ": 3 finished, 1 failed\n");
    assertThat(status.out()).contains("    job 2: failed after 2 attempts, branches 2, id " + record().get(2)[4]);
    assertThat(status.out()).contains("; log " + log + "\n");

    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\nacceptance = 0.75\n");
    // Three of four branches are complete: with acceptance 0.75, the workflow is done.
    AnalysisProcess.Result accepted = analysis.run(args("--chunks", "4", "--fail-branch", "2"));
    assertWithMessage(accepted.toString()).that(accepted.exitCode()).isEqualTo(0);
    assertThat(accepted.out()).contains("Summary: 0 ran");
    // A fresh version: the failing job is tolerated, and the run says so.
    AnalysisProcess.Result fresh =
        analysis.run(args("--chunks", "4", "--fail-branch", "2", "--retries", "0", "--version", "v2"));
    assertWithMessage(fresh.toString()).that(fresh.exitCode()).isEqualTo(0);
    assertThat(fresh.out()).contains("3 of 4 branches are complete, enough for [job] acceptance = 0.75");
  }

  @Test
  void jobsKilledAtRandomAreResubmittedAndTheWorkflowCompletes() throws Exception {
    Path out = store.resolve("client.out");
    // The jobs wait for the gate: a job seen running is still running, its outputs not written,
    // when it is killed. A fixed sleep could not promise that: at a load of 20, CI's record
    // still showed jobs running that had ended seconds before, and killing those changed nothing.
    Path gate = store.resolve("gate");
    Process client = startClient(out, "--tasks-per-job", "2", "--retries", "3", "--wait-for", gate.toString());
    List<String[]> running = waitForRecord(rows -> count(rows, "RUNNING") >= 2, "two running jobs");
    List<String[]> victims = new ArrayList<>(running.stream().filter(r -> r[2].equals("RUNNING")).toList());
    Collections.shuffle(victims, new Random());
    victims = victims.subList(0, 2);
    List<String> ids = victims.stream().map(r -> r[4]).toList();
    BatchBackend backend = backendInThisJvm();
    backend.cancel(ids);
    // The kill took effect: the batch system tells the killed jobs from finished ones.
    Map<String, JobState> killed = statesOnceEnded(backend, ids);
    assertWithMessage(killed.toString()).that(killed.values()).containsExactly(JobState.FAILED, JobState.FAILED);
    Files.createFile(gate);

    String output = finish(client, out);
    assertWithMessage(output).that(client.exitValue()).isEqualTo(0);
    assertThat(output).contains(", resubmitting; log: ");
    assertAllTwentyBranchesDone();
    List<String[]> after = record();
    for (String[] victim : victims) {
      String[] row = after.get(Integer.parseInt(victim[0]));
      assertWithMessage("attempts of killed job " + victim[0] + "\n" + output).that(Integer.parseInt(row[3])).isAtLeast(2);
      assertWithMessage("killed job " + victim[0]).that(row[2]).isEqualTo("FINISHED");
    }
  }

  /** The states of {@code ids} once none is pending or running any more (30 s at most). */
  private static Map<String, JobState> statesOnceEnded(BatchBackend backend, List<String> ids) throws Exception {
    long end = System.currentTimeMillis() + 30_000;
    Map<String, JobState> states = states(backend, ids);
    while (states.values().stream().anyMatch(s -> s == JobState.PENDING || s == JobState.RUNNING)
        && System.currentTimeMillis() < end) {
      Thread.sleep(200);
      states = states(backend, ids);
    }
    return states;
  }

  private static Map<String, JobState> states(BatchBackend backend, List<String> ids) throws Exception {
    return backend.status(ids).entrySet().stream()
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state()));
  }

  @Test
  void aClientStartedAgainAfterTheFirstWasKilledReattachesToTheJobsInFlight() throws Exception {
    Path out = store.resolve("client.out");
    // All four in flight at once (local-process would otherwise run one per core).
    Process client = startClient(out, "--tasks-per-job", "5", "--sleep-ms", "2000", "--parallel-jobs", "4");
    List<String[]> submitted = waitForRecord(rows -> rows.size() == 4 && count(rows, "STAGED") == 0, "four submitted jobs");
    client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    AnalysisProcess.Result again = analysis.run(args("--tasks-per-job", "5", "--sleep-ms", "2000", "--parallel-jobs", "4"));
    assertWithMessage(again.toString()).that(again.exitCode()).isEqualTo(0);
    assertThat(again.out()).contains("re-attaching to ");
    assertAllTwentyBranchesDone();
    for (int b = 0; b < 20; b++) {
      assertWithMessage("executions of branch " + b).that(ran("Skim " + b)).isEqualTo(1);
    }
    List<String[]> after = record();
    for (int i = 0; i < 4; i++) {
      assertWithMessage("job " + i + " kept its id").that(after.get(i)[4]).isEqualTo(submitted.get(i)[4]);
      assertThat(after.get(i)[3]).isEqualTo("1");
    }
  }

  /** The sum of {@code submitted N jobs} over a client's output. */
  static int submitted(String output) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("submitted (\\d+) jobs to ").matcher(output);
    int sum = 0;
    while (m.find()) {
      sum += Integer.parseInt(m.group(1));
    }
    return sum;
  }

  /** {@code Summary: 2 ran, 1 already complete, ...}: the number before {@code what}. */
  static int summaryCount(String output, String what) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("Summary: (\\d+) ran, (\\d+) already complete").matcher(output);
    assertWithMessage(output).that(m.find()).isTrue();
    return Integer.parseInt(m.group(what.equals("ran") ? 1 : 2));
  }

  /** A status line is printed when a count changed (or 30 s passed), not at every poll. */
  static void assertNoStatusLineRepeatsTheOneBefore(String output) {
    String previous = null;
    for (String line : output.lines().toList()) {
      int at = line.indexOf("all: ");
      if (at < 0 || !line.contains(", pending: ")) {
        continue;
      }
      String counts = line.substring(at).replaceAll(" \\([-+]\\d+\\)", "");
      assertWithMessage("a status line repeating the one before, in\n" + output).that(counts).isNotEqualTo(previous);
      previous = counts;
    }
  }

  @Test
  void twoClientsStartedAtOnceSubmitTheJobsOnce_andCountTheWorkflowOnce() throws Exception {
    Path outA = store.resolve("a.out");
    Path outB = store.resolve("b.out");
    Process a = startClient(outA, "--chunks", "2", "--sleep-ms", "3000");
    Process b = startClient(outB, "--chunks", "2", "--sleep-ms", "3000");
    String first = finish(a, outA);
    String second = finish(b, outB);
    String both = "--- first client\n" + first + "--- second client\n" + second;
    assertWithMessage(both).that(a.exitValue()).isEqualTo(0);
    assertWithMessage(both).that(b.exitValue()).isEqualTo(0);
    assertWithMessage("jobs submitted by the two clients\n" + both).that(submitted(first) + submitted(second)).isEqualTo(2);
    List<String[]> rows = record();
    assertWithMessage(both).that(rows).hasSize(2);
    for (String[] row : rows) {
      assertWithMessage("job " + row[0]).that(row[2]).isEqualTo("FINISHED");
      assertWithMessage("attempts of job " + row[0]).that(row[3]).isEqualTo("1");
    }
    for (int branch = 0; branch < 2; branch++) {
      assertWithMessage("executions of branch " + branch).that(ran("Skim " + branch)).isEqualTo(1);
    }
    // The graph has two tasks, the events and the workflow: the two runs count each once.
    assertWithMessage(both).that(summaryCount(first, "ran") + summaryCount(second, "ran")).isEqualTo(2);
    assertWithMessage(both).that(summaryCount(first, "complete") + summaryCount(second, "complete")).isEqualTo(2);
    assertThat(first + second).contains("Done: Skim(");
    assertNoStatusLineRepeatsTheOneBefore(first);
    assertNoStatusLineRepeatsTheOneBefore(second);
  }

  @Test
  void aClientFollowingAnotherTakesOverItsJobsWhenItIsKilled() throws Exception {
    Path outA = store.resolve("a.out");
    // The jobs wait for the gate, opened once the first client is killed: it is still running
    // them when the second follows and --cleanup-jobs is tried. Jobs of 6 s had ended by then
    // at a load of 20, and --cleanup-jobs rightly removed the record.
    Path gate = store.resolve("gate");
    Process a = startClient(outA, "--chunks", "2", "--wait-for", gate.toString());
    List<String[]> submitted = waitForRecord(rows -> rows.size() == 2 && count(rows, "STAGED") == 0, "two submitted jobs");
    Path outB = store.resolve("b.out");
    Process b = startClient(outB, "--chunks", "2", "--wait-for", gate.toString());
    long end = System.currentTimeMillis() + DEADLINE_MS;
    while (!(Files.exists(outB) && Files.readString(outB).contains("following its submission"))
        && b.isAlive() && System.currentTimeMillis() < end) {
      Thread.sleep(100);
    }
    // While a client runs the jobs, --cleanup-jobs would pull the record from under it.
    AnalysisProcess.Result cleanup = analysis.run("run", "Skim", "--chunks", "2", "--cleanup-jobs");
    assertWithMessage(cleanup.toString()).that(cleanup.exitCode()).isEqualTo(2);
    assertThat(cleanup.err()).contains("docket: error: a client (pid " + a.pid() + ") is still running the jobs of Skim(");
    assertThat(cleanup.err()).contains("; stop it (or --cancel-jobs) before --cleanup-jobs");
    assertThat(record()).hasSize(2);
    a.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    Files.createFile(gate);

    String second = finish(b, outB);
    assertWithMessage(second).that(b.exitValue()).isEqualTo(0);
    assertThat(second).contains("another client (pid " + a.pid() + ") is submitting the jobs of this workflow");
    assertThat(submitted(second)).isEqualTo(0);
    assertAllBranchesDone(2);
    List<String[]> after = record();
    for (int i = 0; i < 2; i++) {
      assertWithMessage("job " + i + " kept its id").that(after.get(i)[4]).isEqualTo(submitted.get(i)[4]);
      assertWithMessage("executions of branch " + i).that(ran("Skim " + i)).isEqualTo(1);
    }
  }

  @Test
  void cancelJobsStopsTheJobsInFlight_cleanupJobsRemovesTheRecord() throws Exception {
    Path out = store.resolve("client.out");
    Process client = startClient(out, "--sleep-ms", "20000", "--chunks", "3", "--parallel-jobs", "3");
    List<String[]> rows = waitForRecord(r -> r.size() == 3 && count(r, "STAGED") == 0, "three submitted jobs");
    client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

    AnalysisProcess.Result cancel = analysis.run("run", "Skim", "--chunks", "3", "--cancel-jobs");
    assertWithMessage(cancel.toString()).that(cancel.exitCode()).isEqualTo(0);
    assertThat(cancel.out()).contains("cancelled 3 jobs of Skim(");

    BatchBackend backend = backendInThisJvm();
    List<String> ids = rows.stream().map(r -> r[4]).toList();
    Map<String, JobState> states = statesOnceEnded(backend, ids);
    assertWithMessage(states.toString()).that(states.values()).containsNoneOf(JobState.PENDING, JobState.RUNNING);
    assertThat(Files.exists(store.resolve("skim/v1/ttbar/0.txt"))).isFalse();

    AnalysisProcess.Result cleanup = analysis.run("run", "Skim", "--chunks", "3", "--cleanup-jobs");
    assertWithMessage(cleanup.toString()).that(cleanup.exitCode()).isEqualTo(0);
    assertThat(cleanup.out()).contains("removed the submission record, job file and logs");
    assertThat(record()).isEmpty();
  }
}
