package dev.docket.backends.scheduler.server;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What workers and the page do through the API: claims, reports, expiry, messages, restarts. */
class CoordinationTest {
  /** Three tasks: c requires b requires a. */
  static final String GRAPH =
      "{\"worker\":\"%s\",\"root\":\"C()\",\"nodes\":["
          + "{\"id\":\"A(n=1)\",\"family\":\"A\",\"params\":{\"n\":\"1\"},\"deps\":[]},"
          + "{\"id\":\"B()\",\"family\":\"B\",\"workflow\":\"W\",\"deps\":[0]},"
          + "{\"id\":\"C()\",\"family\":\"C\",\"deps\":[1]}]}";

  @TempDir Path dir;
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private SchedulerServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private Http start() throws Exception {
    server =
        SchedulerServer.start(
            ServerOptions.of(dir).withPort(0).withWorkerTimeout(Duration.ofSeconds(30)), clock::get);
    return new Http(server);
  }

  private static String worker(Http http, String id) throws Exception {
    return http.postJson("/api/workers", "{\"host\":\"h\",\"pid\":1,\"id\":\"" + id + "\"}").get("id").asText();
  }

  @Test
  void aTaskIsGrantedToOneWorkerAtATime() throws Exception {
    Http http = start();
    String one = worker(http, "h:1");
    String two = worker(http, "h:2");
    JsonNode run = http.postJson("/api/runs", String.format(GRAPH, one));
    int a = run.get("keys").get(0).asInt();
    http.postJson("/api/runs", String.format(GRAPH, two));
    String claim = "{\"worker\":\"%s\",\"plannedAt\":" + clock.get() + "}";
    assertThat(http.postJson("/api/tasks/" + a + "/claim", String.format(claim, one)).get("granted").asBoolean()).isTrue();
    JsonNode refused = http.postJson("/api/tasks/" + a + "/claim", String.format(claim, two));
    assertThat(refused.get("granted").asBoolean()).isFalse();
    assertThat(refused.get("worker").asText()).isEqualTo(one);
    clock.addAndGet(10);
    http.postJson("/api/tasks/" + a + "/state", "{\"worker\":\"" + one + "\",\"state\":\"done\",\"run\":1}");
    JsonNode after = http.postJson("/api/tasks/" + a + "/claim", String.format(claim, two));
    assertThat(after.get("granted").asBoolean()).isFalse();
    assertThat(after.get("state").asText()).isEqualTo("done");
    // A run planned after the task was done, which found its outputs missing, runs it again.
    clock.addAndGet(10);
    String later = "{\"worker\":\"" + two + "\",\"plannedAt\":" + clock.get() + "}";
    assertThat(http.postJson("/api/tasks/" + a + "/claim", later).get("granted").asBoolean()).isTrue();
  }

  @Test
  void aSilentWorkersTasksAreReleased() throws Exception {
    Http http = start();
    String one = worker(http, "h:1");
    String two = worker(http, "h:2");
    int a = http.postJson("/api/runs", String.format(GRAPH, one)).get("keys").get(0).asInt();
    String claim = "{\"worker\":\"%s\",\"plannedAt\":0}";
    assertThat(http.postJson("/api/tasks/" + a + "/claim", String.format(claim, one)).get("granted").asBoolean()).isTrue();
    clock.addAndGet(20_000);
    http.postJson("/api/workers/" + two + "/heartbeat", "{\"tasks\":[]}");
    clock.addAndGet(20_000); // one is 40 s silent, two 20 s
    JsonNode task = awaitState(http, a, "pending");
    assertThat(task.get("message").asText()).contains("h:1");
    assertThat(http.post("/api/workers/" + one + "/heartbeat", "{}").statusCode()).isEqualTo(404);
    assertThat(http.getJson("/api/workers").get("workers").size()).isEqualTo(1);
    assertThat(http.postJson("/api/tasks/" + a + "/claim", String.format(claim, two)).get("granted").asBoolean()).isTrue();
  }

  private static JsonNode awaitState(Http http, int key, String state) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      JsonNode task = http.getJson("/api/tasks/" + key);
      if (task.get("state").asText().equals(state) || System.nanoTime() > deadline) {
        assertThat(task.get("state").asText()).isEqualTo(state);
        return task;
      }
      Thread.sleep(50); // the reaper runs every quarter of a second
    }
  }

  @Test
  void aMessageFromThePageReachesTheTaskAndItsAnswerComesBack() throws Exception {
    Http http = start();
    String one = worker(http, "h:1");
    int a = http.postJson("/api/runs", String.format(GRAPH, one)).get("keys").get(0).asInt();
    assertThat(http.post("/api/tasks/" + a + "/messages", "{\"text\":\"hello\"}").statusCode()).isEqualTo(409);
    http.postJson("/api/tasks/" + a + "/claim", "{\"worker\":\"" + one + "\"}");
    long id = http.postJson("/api/tasks/" + a + "/messages", "{\"text\":\"stop early?\"}").get("id").asLong();
    JsonNode beat = http.postJson("/api/workers/" + one + "/heartbeat", "{\"tasks\":[" + a + "]}");
    assertThat(beat.get("messages").get(0).get("text").asText()).isEqualTo("stop early?");
    assertThat(http.postJson("/api/workers/" + one + "/heartbeat", "{}").get("messages").size()).isEqualTo(0);
    http.postJson("/api/messages/" + id + "/answer", "{\"text\":\"no\"}");
    JsonNode task = http.getJson("/api/tasks/" + a);
    assertThat(task.get("messages").get(0).get("answer").asText()).isEqualTo("no");
  }

  @Test
  void aRestartLosesNothing() throws Exception {
    Http http = start();
    String one = worker(http, "h:1");
    JsonNode run = http.postJson("/api/runs", String.format(GRAPH, one));
    int a = run.get("keys").get(0).asInt();
    int b = run.get("keys").get(1).asInt();
    http.postJson("/api/tasks/" + a + "/claim", "{\"worker\":\"" + one + "\"}");
    http.postJson("/api/tasks/" + a + "/state",
        "{\"worker\":\"" + one + "\",\"message\":\"half\",\"progress\":0.5,\"trackingUrl\":\"http://x\"}");
    http.postJson("/api/tasks/" + a + "/state",
        "{\"worker\":\"" + one + "\",\"state\":\"done\",\"run\":1,\"outputs\":[\"/s/a.txt\"]}");
    http.postJson("/api/tasks/" + b + "/claim", "{\"worker\":\"" + one + "\"}");
    server.close();
    server = null;
    http = start();
    JsonNode summary = http.getJson("/api/summary");
    assertThat(summary.get("counts").get("done").asInt()).isEqualTo(1);
    assertThat(summary.get("counts").get("running").asInt()).isEqualTo(1);
    assertThat(summary.get("counts").get("pending").asInt()).isEqualTo(1);
    assertThat(summary.get("runs").asInt()).isEqualTo(1);
    JsonNode task = http.getJson("/api/tasks/" + a);
    assertThat(task.get("outputs").get(0).asText()).isEqualTo("/s/a.txt");
    assertThat(task.get("trackingUrl").asText()).isEqualTo("http://x");
    assertThat(task.get("params").get("n").asText()).isEqualTo("1");
    assertThat(task.get("history").get(0).get("state").asText()).isEqualTo("done");
    assertThat(http.getJson("/api/tasks/" + b).get("worker").asText()).isEqualTo(one);
    // The worker is known again and its heartbeat goes on.
    assertThat(http.post("/api/workers/" + one + "/heartbeat", "{\"tasks\":[" + b + "]}").statusCode()).isEqualTo(200);
    JsonNode graph = http.getJson("/api/runs/1/graph");
    assertThat(graph.get("nodes").size()).isEqualTo(3);
    assertThat(graph.get("nodes").get(1).get("workflow").asText()).isEqualTo("W");
    assertThat(graph.get("edges").toString()).isEqualTo("[[" + b + "," + a + "],[3," + b + "]]");
  }

  @Test
  void listsAndFiltersTasks() throws Exception {
    Http http = start();
    String one = worker(http, "h:1");
    http.postJson("/api/runs", String.format(GRAPH, one));
    assertThat(http.getJson("/api/tasks").get("total").asInt()).isEqualTo(3);
    assertThat(http.getJson("/api/tasks?family=B").get("tasks").get(0).get("id").asText()).isEqualTo("B()");
    assertThat(http.getJson("/api/tasks?q=n%3D1").get("total").asInt()).isEqualTo(1);
    assertThat(http.getJson("/api/tasks?state=done").get("total").asInt()).isEqualTo(0);
    assertThat(http.getJson("/api/tasks?limit=1&offset=2").get("tasks").get(0).get("id").asText()).isEqualTo("C()");
    assertThat(http.get("/api/tasks?limit=x").statusCode()).isEqualTo(400);
    assertThat(http.get("/api/tasks/99").statusCode()).isEqualTo(404);
    assertThat(http.getJson("/api/tasks/" + java.net.URLEncoder.encode("B()", StandardCharsets.UTF_8)).get("key").asInt()).isEqualTo(2);
    assertThat(http.post("/api/tasks/1/state", "{\"worker\":\"h:1\",\"state\":\"bogus\"}").statusCode()).isEqualTo(400);
  }

  @Test
  void thePageHearsOfChangesAsTheyHappen() throws Exception {
    Http http = start();
    String one = worker(http, "h:1");
    int a = http.postJson("/api/runs", String.format(GRAPH, one)).get("keys").get(0).asInt();
    HttpResponse<InputStream> stream =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(server.url() + "/api/events"))
                    .header("Authorization", "Bearer " + server.token())
                    .build(),
                HttpResponse.BodyHandlers.ofInputStream());
    assertThat(stream.statusCode()).isEqualTo(200);
    assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
      assertThat(lines.readLine()).isEqualTo(": connected"); // subscribed from here on
      http.postJson("/api/tasks/" + a + "/claim", "{\"worker\":\"" + one + "\"}");
      lines.readLine();
      assertThat(lines.readLine()).isEqualTo("event: task");
      JsonNode data = Json.MAPPER.readTree(lines.readLine().substring("data: ".length()));
      assertThat(data.get("key").asInt()).isEqualTo(a);
      assertThat(data.get("state").asText()).isEqualTo("running");
    }
  }
}
