package dev.docket.backends.scheduler.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.backends.scheduler.server.SchedulerServer;
import dev.docket.backends.scheduler.server.ServerOptions;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.coordination.Claim;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.CoordinatorProvider;
import dev.docket.runtime.spi.coordination.PlannedTask;
import dev.docket.runtime.spi.coordination.RunCoordination;
import dev.docket.runtime.spi.coordination.TaskChannel;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime's client against a started scheduler, through the SPI as the executor uses it. */
class ClientTest {
  static final TaskId A = new TaskId("A", "n=1, label=x, y");
  static final TaskId B = new TaskId("B", "");
  static final List<PlannedTask> GRAPH =
      List.of(new PlannedTask(A, null, false, new int[0]), new PlannedTask(B, "B", false, new int[] {0}));

  @TempDir Path dir;
  private SchedulerServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Coordinator connect() throws IOException {
    CoordinatorProvider provider = ServiceLoader.load(CoordinatorProvider.class).findFirst().orElseThrow();
    return provider.connect(URI.create(server.url()), server.token());
  }

  private JsonNode get(String path) throws Exception {
    var response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(URI.create(server.url() + path))
                    .header("Authorization", "Bearer " + server.token())
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    return SchedulerClient.JSON.readTree(response.body());
  }

  @Test
  void refusesAWrongTokenAndAMissingScheduler() throws Exception {
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0));
    CoordinatorProvider provider = new HttpCoordinatorProvider();
    IOException wrong =
        assertThrows(IOException.class, () -> provider.connect(URI.create(server.url()), "wrong"));
    assertThat(wrong).hasMessageThat().contains("token");
    int port = server.port();
    server.close();
    server = null;
    IOException away =
        assertThrows(
            IOException.class, () -> provider.connect(URI.create("http://127.0.0.1:" + port), "t"));
    assertThat(away).hasMessageThat().contains("127.0.0.1:" + port);
  }

  @Test
  void twoWorkersNeverRunTheSameTask() throws Exception {
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0));
    try (Coordinator one = connect();
        Coordinator two = connect()) {
      RunCoordination first = one.startRun(B, GRAPH);
      RunCoordination second = two.startRun(B, GRAPH);
      assertThat(first.claim(A)).isEqualTo(Claim.GRANTED);
      CompletableFuture<Claim> waiting =
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  return second.claim(A);
                } catch (InterruptedException e) {
                  throw new IllegalStateException(e);
                }
              });
      assertThat(get("/api/tasks/1").get("state").asText()).isEqualTo("running");
      assertThat(waiting.isDone()).isFalse();
      first.ended(A, Outcome.RAN, null);
      Claim after = waiting.get(10, TimeUnit.SECONDS);
      assertThat(after.decision()).isEqualTo(Claim.Decision.DONE_ELSEWHERE);
      assertThat(second.claim(B)).isEqualTo(Claim.GRANTED);
      second.ended(B, Outcome.FAILED, "IOException: disk full");
      first.finished();
    }
    JsonNode a = get("/api/tasks/1");
    assertThat(a.get("state").asText()).isEqualTo("done");
    assertThat(a.get("params").get("label").asText()).isEqualTo("x, y");
    assertThat(a.get("history").size()).isEqualTo(1);
    JsonNode b = get("/api/tasks/2");
    assertThat(b.get("state").asText()).isEqualTo("failed");
    assertThat(b.get("message").asText()).isEqualTo("IOException: disk full");
    assertThat(b.get("workflow").asText()).isEqualTo("B");
  }

  @Test
  void statusProgressAndMessagesGoBothWays() throws Exception {
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0).withWorkerTimeout(Duration.ofSeconds(3)));
    try (Coordinator one = connect()) {
      RunCoordination run = one.startRun(B, GRAPH);
      run.claim(A);
      TaskChannel channel = run.channel(A);
      channel.status("reading file 3 of 10");
      channel.progress(0.3);
      channel.trackingUrl("http://monitor/job/1");
      ((TaskLine) channel).flush();
      JsonNode task = get("/api/tasks/1");
      assertThat(task.get("message").asText()).isEqualTo("reading file 3 of 10");
      assertThat(task.get("progress").asDouble()).isEqualTo(0.3);
      assertThat(task.get("trackingUrl").asText()).isEqualTo("http://monitor/job/1");
      var posted =
          java.net.http.HttpClient.newHttpClient()
              .send(
                  java.net.http.HttpRequest.newBuilder(URI.create(server.url() + "/api/tasks/1/messages"))
                      .header("Authorization", "Bearer " + server.token())
                      .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"text\":\"how far?\"}"))
                      .build(),
                  java.net.http.HttpResponse.BodyHandlers.ofString());
      assertThat(posted.statusCode()).isEqualTo(200);
      Optional<TaskContext.Message> message = Optional.empty();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (message.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(50); // messages come with the heartbeat, every second here
        message = channel.nextMessage();
      }
      assertThat(message.orElseThrow().text()).isEqualTo("how far?");
      message.get().answer("30 %");
      assertThat(get("/api/tasks/1").get("messages").get(0).get("answer").asText()).isEqualTo("30 %");
      run.ended(A, Outcome.RAN, null);
    }
    assertThat(get("/api/tasks/1").get("progress").asDouble()).isEqualTo(1.0);
  }

  @Test
  void aProgressSetOnceReachesTheSchedulerWithoutAHeartbeatAndBurstsCostOneCall() throws Exception {
    // Heartbeats every 20 s: none comes during this test.
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0).withWorkerTimeout(Duration.ofSeconds(60)));
    try (Coordinator one = connect()) {
      RunCoordination run = one.startRun(B, GRAPH);
      run.claim(A);
      TaskChannel channel = run.channel(A);
      long callsBefore = server.workerCalls();
      long start = System.nanoTime();
      channel.status("reading");
      for (int i = 1; i <= 100; i++) {
        channel.progress(i / 100.0);
      }
      long setting = System.nanoTime() - start;
      JsonNode task = get("/api/tasks/1");
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (task.get("progress").isNull() && System.nanoTime() < deadline) {
        Thread.sleep(20);
        task = get("/api/tasks/1");
      }
      long arrived = System.nanoTime() - start;
      assertThat(task.get("progress").asDouble()).isEqualTo(1.0);
      assertThat(task.get("message").asText()).isEqualTo("reading");
      assertThat(setting).isLessThan(TimeUnit.MILLISECONDS.toNanos(TaskLine.MIN_INTERVAL_MILLIS));
      assertThat(arrived).isLessThan(TimeUnit.SECONDS.toNanos(5));
      assertThat(server.workerCalls() - callsBefore).isEqualTo(1); // the 101 changes in one report
      run.ended(A, Outcome.RAN, null);
    }
  }

  @Test
  void aWorkerThatStopsBeatingLosesItsTasks() throws Exception {
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0).withWorkerTimeout(Duration.ofSeconds(2)));
    Coordinator one = connect();
    try (Coordinator two = connect()) {
      RunCoordination first = one.startRun(B, GRAPH);
      RunCoordination second = two.startRun(B, GRAPH);
      first.claim(A);
      one.close(); // no more heartbeats, as if the process died
      long start = System.nanoTime();
      assertThat(second.claim(A)).isEqualTo(Claim.GRANTED); // waits until one expires
      assertThat(System.nanoTime() - start).isGreaterThan(TimeUnit.MILLISECONDS.toNanos(500));
      assertThat(get("/api/workers").get("workers").size()).isEqualTo(1);
    }
  }

  @Test
  void aRestartedSchedulerKnowsTheWorkerAndItsTaskAgain() throws Exception {
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0).withWorkerTimeout(Duration.ofSeconds(3)));
    int port = server.port();
    try (Coordinator one = connect()) {
      RunCoordination run = one.startRun(B, GRAPH);
      run.claim(A);
      server.close();
      server = SchedulerServer.start(ServerOptions.of(dir).withPort(port).withWorkerTimeout(Duration.ofSeconds(3)));
      run.ended(A, Outcome.RAN, null);
      assertThat(run.claim(B)).isEqualTo(Claim.GRANTED);
    }
    assertThat(get("/api/tasks/1").get("state").asText()).isEqualTo("done");
    assertThat(get("/api/tasks/2").get("state").asText()).isEqualTo("running");
  }
}
