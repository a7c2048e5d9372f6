package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@link BatchWorkflowContract} on {@code --workflow htcondor}, against the real personal pool
 * that {@code scripts/condor-up.sh} starts (and {@code .ci/run} calls before the build); the jobs
 * run as another user than the client ({@link HTCondorPool}), reading the class path through the
 * shared file system.
 */
@Isolated("it points AnalysisProcess at a copy of the class path through system properties")
class HTCondorWorkflowIT extends BatchWorkflowContract {
  @RegisterExtension static final RequiredService TOOLS = HTCondorPool.tools();
  @RegisterExtension static final RequiredService POOL = HTCondorPool.collector();

  private static final String CLASSES = System.getProperty("analysis.classes");
  private static final String CLASS_PATH_FILE = System.getProperty("analysis.classpath.file");
  private static Path classPath;

  @BeforeAll
  static void shareTheClassPath() throws Exception {
    if (RequiredService.find("condor_submit").isPresent()) {
      classPath = HTCondorPool.shareClassPath();
    }
  }

  @AfterAll
  static void restoreTheClassPath() throws Exception {
    if (classPath != null) {
      HTCondorPool.unshareClassPath(classPath, CLASSES, CLASS_PATH_FILE);
    }
  }

  @BeforeEach
  void shareTheStore() throws Exception {
    HTCondorPool.share(store);
  }

  @Override
  String backend() {
    return "htcondor";
  }

  private Path submissionDirectory() throws Exception {
    try (Stream<Path> dirs = Files.list(store.resolve(".docket/jobs/Skim"))) {
      return dirs.findFirst().orElseThrow();
    }
  }

  @Test
  void aHeldJobIsReportedWithItsHoldReason_andFailsAfterTheHeldTimeout() throws Exception {
    Files.writeString(store.resolve("docket.cfg"),
        "[job]\npoll-interval = 0.3\nheld-timeout = 3s\n[htcondor]\nextra = hold = true\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "htcondor", "--chunks", "1", "--retries", "0");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).containsMatch("job 0 \\(branches 0, \\d+\\.0\\) is held: submitted on hold at user's request;"
        + " it counts as failed after \\[job\\] held-timeout = 3s");
    assertThat(result.out()).contains("stayed held for 3s");
    assertThat(Files.readString(submissionDirectory().resolve("htcondor.sub"))).contains("\nhold = true\n");
  }

  @Test
  void shellMetacharactersInAParameterReachTheJobUnchanged() throws Exception {
    String label = "it's $(touch pwned1) `touch pwned2`; touch pwned3 \"$HOME\" \\ | >x <y &";
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "htcondor", "--chunks", "2", "--label", label);
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    for (int b = 0; b < 2; b++) {
      assertThat(Files.readAllLines(store.resolve("skim/v1/ttbar/" + b + ".txt")).get(0)).isEqualTo(label);
    }
    try (Stream<Path> all = Files.walk(store)) {
      assertThat(all.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("pwned") || n.equals("x")).toList())
          .isEmpty();
    }
  }

  @Test
  void spooledJobsGetTheJobFileTransferred_andTheirLogsFetched() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n[htcondor]\nspool = true\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "htcondor", "--chunks", "2");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("finished: 2 ");
    Path dir = submissionDirectory();
    assertThat(Files.readString(dir.resolve("htcondor.sub"))).contains("transfer_input_files = " + dir.resolve("job.sh"));
    for (int job = 0; job < 2; job++) {
      assertThat(Files.readString(dir.resolve("logs/job-" + job + ".log"))).contains("docket job " + job + ": exit status 0");
    }
    // Fetched, the spooled jobs leave the queue (else they would stay there, completed, for days).
    java.util.List<String> ids = record().stream().map(r -> r[4]).toList();
    long end = System.currentTimeMillis() + 60_000;
    while (stillQueued(ids) && System.currentTimeMillis() < end) {
      Thread.sleep(500);
    }
    assertWithMessage("spooled jobs still in the queue: " + ids).that(stillQueued(ids)).isFalse();
    java.util.Map<String, dev.docket.runtime.spi.batch.JobStatus> states = backendInThisJvm().status(ids);
    assertWithMessage(states.toString()).that(states.values().stream().map(s -> s.state()).distinct().toList())
        .containsExactly(dev.docket.runtime.spi.batch.JobState.FINISHED);
  }

  private static boolean stillQueued(java.util.List<String> ids) throws Exception {
    java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("condor_q"));
    command.addAll(ids);
    command.addAll(java.util.List.of("-af", "GlobalJobId")); // after the ids: -af takes every later word
    Process q = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(q.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    q.waitFor();
    return !out.isBlank();
  }

  @Test
  void anUnknownKeyInTheHTCondorSectionIsBadInputBeforeAnyJobIsSubmitted() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[htcondor]\nrequest-memory = 2GB\nrequest_cpus = 2\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "htcondor");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown key 'request_cpus' in section [htcondor] of " + store.resolve("docket.cfg"));
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(Files.exists(store.resolve(".docket/jobs/Skim"))).isFalse();
  }
}
