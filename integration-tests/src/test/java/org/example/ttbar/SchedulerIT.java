package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.example.params.TestTasksMain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample analysis run by two worker processes at once against a central scheduler started
 * as its own process (the analysis's own {@code scheduler} verb; after the restart,
 * docket-scheduler's main): each task runs once, the scheduler knows every task as done with one
 * entry of history, and a restarted scheduler still does.
 */
class SchedulerIT {
  private static final Pattern LISTENING = Pattern.compile("listening on (http://\\S+)");

  @TempDir Path store;
  @TempDir Path state;
  private Process scheduler;

  @AfterEach
  void stop() throws InterruptedException {
    if (scheduler != null) {
      scheduler.destroy();
      scheduler.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /**
   * Starts the scheduler on a free port, through the analysis's own {@code scheduler} verb or
   * docket-scheduler's main; returns its address once it listens.
   */
  private String startScheduler(String mainClass, String... verb) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
        AnalysisProcess.classPath(), mainClass));
    command.addAll(List.of(verb));
    command.addAll(List.of("--port", "0", "--state", state.toString(), "--worker-timeout", "10"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.redirectErrorStream(true);
    scheduler = builder.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(scheduler.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder said = new StringBuilder();
    String line;
    while ((line = out.readLine()) != null) {
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        return matcher.group(1);
      }
      said.append(line).append('\n');
    }
    throw new AssertionError("the scheduler ended without saying where it listens:\n" + said);
  }

  private String api(String url, String path) throws Exception {
    String token = Files.readString(state.resolve("token")).strip();
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(url + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofString());
    assertWithMessage(response.body()).that(response.statusCode()).isEqualTo(200);
    return response.body();
  }

  @Test
  void twoWorkerProcessesRunEachTaskOnce() throws Exception {
    String url = startScheduler("org.example.ttbar.Main", "scheduler");
    String token = Files.readString(state.resolve("token")).strip();
    AnalysisProcess analysis = new AnalysisProcess(store).withEnvironment("DOCKET_SCHEDULER_TOKEN", token);
    Path firstOut = store.resolve("first.out");
    Path secondOut = store.resolve("second.out");
    Process first = analysis.start(firstOut, "run", "Combine", "--workers", "2", "--scheduler", url);
    Process second = analysis.start(secondOut, "run", "Combine", "--workers", "2", "--scheduler", url);
    assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertWithMessage(Files.readString(firstOut)).that(first.exitValue()).isEqualTo(0);
    assertWithMessage(Files.readString(secondOut)).that(second.exitValue()).isEqualTo(0);
    List<String> executions = Files.readAllLines(store.resolve("executions.log"));
    assertThat(executions).hasSize(9);
    assertThat(new HashSet<>(executions)).hasSize(9);

    String summary = api(url, "/api/summary");
    assertThat(summary).contains("\"done\":9");
    assertThat(summary).contains("\"runs\":2");
    String tasks = api(url, "/api/tasks?limit=100");
    assertThat(tasks).contains("\"total\":9");
    for (int key = 1; key <= 9; key++) {
      String task = api(url, "/api/tasks/" + key);
      // One end recorded per task: the worker that did not run it did not report it as run.
      assertWithMessage(task).that(task.split("\"state\":\"done\",\"started\"", -1).length - 1).isEqualTo(1);
    }
    String graph = api(url, "/api/runs/1/graph");
    assertThat(graph).contains("\"family\":\"Combine\"");

    // A restart loses nothing.
    scheduler.destroy();
    assertThat(scheduler.waitFor(20, TimeUnit.SECONDS)).isTrue();
    String again = startScheduler("dev.docket.backends.scheduler.SchedulerMain");
    assertThat(api(again, "/api/summary")).contains("\"done\":9");
  }

  /**
   * A task whose run() is a JVM of its own in a bash sandbox: its status message and progress
   * reach the scheduler through the run outside, and stay out of the task's log.
   */
  @Test
  void aSandboxedTaskReportsItsStatusAndProgress() throws Exception {
    String url = startScheduler("org.example.ttbar.Main", "scheduler");
    Files.writeString(store.resolve("setup.sh"), "export SANDBOX_MARK=one\n");
    Files.writeString(store.resolve("docket.cfg"), "[core]\nstore = store\n");
    ProcessBuilder builder = TestTasksMain.builder(store, "run", "SandboxedReport", "--scheduler", url);
    builder.environment().put("DOCKET_SCHEDULER_TOKEN", Files.readString(state.resolve("token")).strip());
    TestTasksMain.Result result = TestTasksMain.run(builder, 120);
    assertWithMessage(result.toString()).that(result.status()).isEqualTo(0);
    assertThat(result.output()).doesNotContain("\u001e");

    String inside = Files.readString(store.resolve("store/report/done.txt")).strip();
    assertThat(inside).isNotEqualTo("pid=" + ProcessHandle.current().pid());
    String task = api(url, "/api/tasks/" + java.net.URLEncoder.encode("SandboxedReport()", StandardCharsets.UTF_8));
    assertThat(task).contains("\"message\":\"reporting from the sandbox, " + inside.replace('=', ' ') + "\"");
    // a done task's progress is full; without any report of its own it would stay null
    assertThat(task).contains("\"progress\":1.0");
    assertThat(task).contains("\"state\":\"done\"");
  }
}
