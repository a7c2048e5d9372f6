package org.example.scheduling;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.testing.TaskRun;
import dev.docket.runtime.testing.TaskTester;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Task(priority = 5, retries = 2, retryDelay = "10ms", timeout = "30s", resources =
 * {"db=1", "memory=4G"})} compiled by the real processor: the generated node declares it, a run
 * honours it, and docket.cfg overrides it or rejects it before anything runs.
 */
class DeclaredSchedulingTest {
  @TempDir Path dir;

  @BeforeEach
  void firstAttempt() {
    Fit.attempts.set(0);
  }

  @Test
  void theGeneratedNodeDeclaresWhatTheAnnotationSays() {
    assertThat(Fit_Family.INSTANCE.scheduling())
        .isEqualTo(new Scheduling(5, 2, Duration.ofMillis(10), Duration.ofSeconds(30),
            Map.of("db", 1L, "memory", 4L << 30)));
    Scheduling.Policy policy = Scheduling.Policies.DECLARED.policy(Fit_Family.INSTANCE);
    assertThat(policy.retries()).isEqualTo(2);
    assertThat(policy.priority()).isEqualTo(5);
  }

  @Test
  void taskTesterRetriesAsDeclared() throws Exception {
    try (TaskTester tester = TaskTester.inStore(dir)) {
      TaskRun run = tester.run(Fit_Builder.create().build()).assertSucceeded();
      assertThat(Fit.attempts.get()).isEqualTo(3);
      assertThat(run.log()).contains("attempt 2 of 3 failed (IllegalStateException: database busy"
          + " (attempt 2)); retrying in 0.02 s");
    }
  }

  @Test
  void theCommandLineChecksDeclaredResourcesAgainstTheLimitsFirst() throws Exception {
    Path config = dir.resolve("docket.cfg");
    Files.writeString(config, "[resources]\ndb = 0\n");
    Result refused = run(config);
    assertThat(refused.exitCode).isEqualTo(2);
    assertThat(refused.err).isEqualTo("docket: error: Fit asks for db=1 in its @Task(resources ="
        + " ...) (class org.example.scheduling.Fit), more than the [resources] limit db=0 in "
        + config + ": such a task could never run; lower the one (or override it with [Fit]"
        + " resources) or raise the other\n");
    assertThat(refused.out).doesNotContain("start Fit");

    // [Fit] overrides the annotation key by key: no db, and no retries.
    Files.writeString(config, "[resources]\ndb = 0\n[Fit]\nresources = memory=4G\nretries = 0\n");
    Result overridden = run(config);
    assertThat(overridden.exitCode).isEqualTo(1);
    assertThat(overridden.out).contains("FAILED Fit(dataset=ttbar): IllegalStateException:"
        + " database busy (attempt 1)");
    assertThat(overridden.out).doesNotContain("retrying");
  }

  @Test
  void configShowsTheDeclaredSettingsAndWhatTheFileOverrides() throws Exception {
    Path config = dir.resolve("docket.cfg");
    Files.writeString(config, "[Fit]\nretries = 0\n");
    Result shown = run(config, "config");
    assertThat(shown.exitCode).isEqualTo(0);
    assertThat(shown.out.lines().toList())
        .containsAtLeast(
            "[Fit]",
            "priority = 5  # @Task",
            "retries = 0  # " + config + ", line 2",
            "retry-delay = 10ms  # @Task",
            "timeout = 30s  # @Task",
            "resources = db=1, memory=4294967296  # @Task")
        .inOrder();
  }

  private record Result(int exitCode, String out, String err) {}

  /** {@code ParamsMain run Fit} (the generated main of the test tasks) in its own process. */
  private Result run(Path config) throws IOException, InterruptedException {
    return run(config, "run", "Fit");
  }

  /** {@code ParamsMain <args>} in its own process, with {@code config} as its docket.cfg. */
  private Result run(Path config, String... args) throws IOException, InterruptedException {
    String classPath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
        "org.example.params.ParamsMain"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().put("DOCKET_CONFIG", config.toString());
    Path out = dir.resolve("out.txt");
    Path err = dir.resolve("err.txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("ParamsMain did not finish within 60 s");
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
