package org.example.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.example.params.TestTasksMain.Result;
import org.example.params.TestTasksMain;
import org.example.ttbar.AnalysisProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bash and venv sandboxes through the generated main: a task re-launched in its sandbox sees
 * the sandbox's environment and writes into the outside store; the captured environment is
 * cached until the script changes; {@code --no-sandbox} and {@code [sandbox] enabled = false}
 * run in place; a sandbox that cannot start is bad input (exit 2) before the task starts; a
 * workflow's branches run in their sandbox inside local-process jobs (a setup failing there fails
 * the job; {@code --no-sandbox} reaches the jobs).
 */
class SandboxIT {
  @TempDir Path dir;

  @Test
  void bashSetupReachesTheTaskAndItsCaptureIsCachedUntilTheScriptChanges() throws Exception {
    Files.writeString(dir.resolve("setup.sh"), "echo sourced >> sourced.log\nexport SANDBOX_MARK=one\n");
    config(); // SandboxEnv declares @Task(sandbox = "bash::setup.sh")

    Result first = run("run", "SandboxEnv", "--name", "a");
    Result second = run("run", "SandboxEnv", "--name", "b");

    assertWithMessage(first.toString()).that(first.status()).isEqualTo(0);
    assertWithMessage(second.toString()).that(second.status()).isEqualTo(0);
    assertThat(read("store/sandbox/a.txt")).startsWith("mark=one\n");
    assertThat(read("store/sandbox/b.txt")).startsWith("mark=one\n");
    assertThat(first.output()).contains("SandboxEnv sees SANDBOX_MARK=one"); // the task's log came back
    assertThat(pid(read("store/sandbox/a.txt"))).isNotEqualTo(pid(read("store/sandbox/b.txt")));
    assertThat(read("sourced.log")).isEqualTo("sourced\n"); // captured once, then cached

    Files.writeString(dir.resolve("setup.sh"), "echo sourced >> sourced.log\nexport SANDBOX_MARK=two\n");
    Result changed = run("run", "SandboxEnv", "--name", "c");

    assertWithMessage(changed.toString()).that(changed.status()).isEqualTo(0);
    assertThat(read("store/sandbox/c.txt")).startsWith("mark=two\n");
    assertThat(read("sourced.log")).isEqualTo("sourced\nsourced\n");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void noSandboxTheConfigSwitchAndAnEmptyFamilyValueRunInPlace() throws Exception {
    Files.writeString(dir.resolve("setup.sh"), "export SANDBOX_MARK=one\n");
    config();

    Result option = run("run", "SandboxEnv", "--name", "a", "--no-sandbox");
    config("[sandbox]", "enabled = false");
    Result configured = run("run", "SandboxEnv", "--name", "b");
    config("[SandboxEnv]", "sandbox =");
    Result removed = run("run", "SandboxEnv", "--name", "c");

    assertWithMessage(option.toString()).that(option.status()).isEqualTo(0);
    assertWithMessage(configured.toString()).that(configured.status()).isEqualTo(0);
    assertWithMessage(removed.toString()).that(removed.status()).isEqualTo(0);
    assertThat(read("store/sandbox/a.txt")).startsWith("mark=null\n");
    assertThat(read("store/sandbox/b.txt")).startsWith("mark=null\n");
    assertThat(read("store/sandbox/c.txt")).startsWith("mark=null\n");
  }

  @Test
  void aSetupThatFailsOrIsMissingIsBadInputBeforeTheTaskStarts() throws Exception {
    Files.writeString(dir.resolve("fail.sh"), "echo 'no release here' >&2\nreturn 3\n");
    config("[SandboxEnv]", "sandbox = bash::fail.sh");
    Result failing = run("run", "SandboxEnv");
    config("[SandboxEnv]", "sandbox = bash::nowhere.sh");
    Result missing = run("run", "SandboxEnv");

    assertWithMessage(failing.toString()).that(failing.status()).isEqualTo(2);
    assertThat(failing.err()).contains("docket: error: the sandbox bash::fail.sh cannot start: its"
        + " setup script " + dir.resolve("fail.sh") + " failed with exit status 3 (no release here)");
    assertWithMessage(missing.toString()).that(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("docket: error: the sandbox bash::nowhere.sh has no setup"
        + " script: " + dir.resolve("nowhere.sh") + " does not exist");
    assertThat(Files.exists(dir.resolve("store/sandbox"))).isFalse();
  }

  @Test
  void aTaskInAVenvRunsTheVenvsPython() throws Exception {
    RequiredService.require(RequiredService.find("python3").isPresent(),
        "python3 is not on the PATH: apt-get install python3-venv");
    Process venv = new ProcessBuilder("python3", "-m", "venv", "--without-pip", dir.resolve("venv").toString())
        .redirectErrorStream(true).start();
    String made = new String(venv.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    RequiredService.require(venv.waitFor() == 0,
        "python3 -m venv fails (" + made.strip() + "): apt-get install python3-venv");
    config("[VenvPython]", "sandbox = venv::venv");

    Result result = run("run", "VenvPython");

    assertWithMessage(result.toString()).that(result.status()).isEqualTo(0);
    List<String> lines = read("store/sandbox/python-prefix.txt").lines().toList();
    assertThat(Path.of(lines.get(0)).toRealPath()).isEqualTo(dir.resolve("venv").toRealPath());
    assertThat(lines.get(1)).isEqualTo("VIRTUAL_ENV=" + dir.resolve("venv"));
  }

  @Test
  void aMissingVenvIsBadInputNamingIt() throws Exception {
    config("[VenvPython]", "sandbox = venv::envs/missing");

    Result result = run("run", "VenvPython");

    assertWithMessage(result.toString()).that(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("docket: error: the sandbox venv::envs/missing has no"
        + " virtual environment: " + dir.resolve("envs/missing") + " does not exist; create it"
        + " with python3 -m venv " + dir.resolve("envs/missing"));
  }

  @Test
  void workflowBranchesRunInTheirSandboxInsideLocalProcessJobs() throws Exception {
    Files.writeString(dir.resolve("setup.sh"), "echo 'no release here' >&2\nreturn 3\n");
    config("[Skim]", "sandbox = bash::setup.sh");
    AnalysisProcess analysis = new AnalysisProcess(dir)
        .withEnvironment("DOCKET_CONFIG", dir.resolve("docket.cfg").toString());

    // A setup that fails on the worker fails the job, the message in the job's log.
    AnalysisProcess.Result failed = analysis.run(
        "run", "Skim", "--workflow", "local-process", "--chunks", "1", "--retries", "0");

    assertWithMessage(failed.toString()).that(failed.exitCode()).isEqualTo(1);
    assertThat(failed.out()).contains("failed (exit code 2)");
    Path log;
    try (var logs = Files.walk(dir.resolve("store/.docket/jobs"))) {
      log = logs.filter(f -> f.getFileName().toString().equals("job-0.log")).findFirst().orElseThrow();
    }
    assertThat(Files.readString(log)).contains("docket: error: the sandbox bash::setup.sh cannot"
        + " start: its setup script " + dir.resolve("setup.sh") + " failed with exit status 3");
    assertThat(Files.exists(dir.resolve("store/skim/v1/ttbar/0.txt"))).isFalse();

    // --no-sandbox reaches the jobs: the branch runs in place on the worker.
    AnalysisProcess.Result inPlace = analysis.run("run", "Skim", "--workflow", "local-process",
        "--chunks", "1", "--retries", "0", "--no-sandbox");

    assertWithMessage(inPlace.toString()).that(inPlace.exitCode()).isEqualTo(0);
    assertThat(read("store/skim/v1/ttbar/0.txt")).startsWith("skim\n");

    // With a working setup, the missing branch runs in the sandbox, sourced on the worker.
    Files.writeString(dir.resolve("setup.sh"), "echo sourced >> sourced.log\nexport SANDBOX_MARK=job\n");
    AnalysisProcess.Result sandboxed =
        analysis.run("run", "Skim", "--workflow", "local-process", "--chunks", "2");

    assertWithMessage(sandboxed.toString()).that(sandboxed.exitCode()).isEqualTo(0);
    assertThat(read("store/skim/v1/ttbar/1.txt")).startsWith("skim\n");
    assertThat(read("sourced.log")).isEqualTo("sourced\n"); // by the one job, not by the client
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void configShowsWhereTheSandboxComesFrom() throws Exception {
    config("[VenvPython]", "sandbox = venv::venv");

    Result result = run("config");

    assertWithMessage(result.toString()).that(result.status()).isEqualTo(0);
    assertThat(result.out()).contains("sandbox = bash::setup.sh  # @Task");
    assertThat(result.out()).contains("sandbox = venv::venv  # " + dir.resolve("docket.cfg") + ", line 4");
  }

  /** Writes docket.cfg: the store in {@code store/}, then {@code lines}. */
  private void config(String... lines) throws IOException {
    List<String> all = new ArrayList<>(List.of("[core]", "store = store"));
    all.addAll(List.of(lines));
    Files.writeString(dir.resolve("docket.cfg"), String.join("\n", all) + "\n");
  }

  private String read(String path) throws IOException {
    return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
  }

  private static String pid(String seen) {
    return seen.lines().filter(line -> line.startsWith("pid=")).findFirst().orElseThrow();
  }

  /** Temporary files of unfinished writes left in the store. */
  private List<Path> leftovers() throws IOException {
    try (var files = Files.walk(dir.resolve("store"))) {
      return files.filter(f -> f.getFileName().toString().contains(".tmp")).toList();
    }
  }

  /** {@code ParamsMain <args>} (the generated main of the test tasks) in {@code dir}. */
  private Result run(String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = TestTasksMain.builder(dir, args);
    builder.environment().remove("SANDBOX_MARK");
    return TestTasksMain.run(builder, 120);
  }
}
