package dev.docket.backends.scheduler.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.PlannedTask;
import dev.docket.runtime.spi.coordination.RunCoordination;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * This process as a worker of the scheduler: registered at connection, kept alive by a
 * heartbeat thread that also names the tasks it runs (so a restarted scheduler knows them
 * again) and brings the page's messages to their tasks.
 */
final class HttpCoordinator implements Coordinator {
  /** Several coordinators in one JVM (tests, the load test) are several workers. */
  private static final AtomicInteger INSTANCES = new AtomicInteger();

  final SchedulerClient client;
  private final String host;
  private final long pid;
  private final String requestedId;
  volatile String workerId;
  private final long heartbeatMillis;
  /** The tasks this worker runs now, by key, with their channels. */
  final Map<Integer, TaskLine> running = new ConcurrentHashMap<>();
  private final Thread heartbeat;
  /** Sends the running tasks' status and progress reports when they fall due. */
  final Reporter reporter;
  private volatile boolean closed;

  HttpCoordinator(SchedulerClient client) throws IOException {
    this.client = client;
    this.host = hostName();
    this.pid = ProcessHandle.current().pid();
    int instance = INSTANCES.incrementAndGet();
    this.requestedId = host + ":" + pid + (instance > 1 ? "." + instance : "");
    JsonNode registered = register();
    this.heartbeatMillis = Math.max(200, registered.path("heartbeatSeconds").asLong(20) * 1000);
    this.reporter = new Reporter();
    this.heartbeat = new Thread(this::beat, "docket-worker-heartbeat");
    heartbeat.setDaemon(true);
    heartbeat.start();
  }

  private JsonNode register() throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("host", host);
    body.put("pid", pid);
    body.put("id", requestedId);
    try {
      JsonNode answer = client.post("/api/workers", body);
      workerId = answer.path("id").asText(requestedId);
      return answer;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while registering", e);
    }
  }

  /** Registers again after the scheduler forgot this worker; the next heartbeat names its tasks. */
  void reRegister() throws IOException {
    register();
  }

  @Override
  public RunCoordination startRun(TaskId root, List<PlannedTask> tasks) {
    List<Map<String, Object>> nodes = new ArrayList<>(tasks.size());
    for (PlannedTask task : tasks) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", task.id().toString());
      node.put("family", task.id().family());
      node.put("params", params(task.id().params()));
      node.put("workflow", task.workflow());
      node.put("complete", task.complete());
      node.put("deps", task.requires());
      nodes.add(node);
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("worker", workerId);
    body.put("root", root.toString());
    body.put("nodes", nodes);
    try {
      JsonNode answer = call("/api/runs", body);
      Map<TaskId, Integer> keys = new ConcurrentHashMap<>();
      JsonNode keyList = answer.get("keys");
      for (int i = 0; i < tasks.size(); i++) {
        keys.put(tasks.get(i).id(), keyList.get(i).asInt());
      }
      return new HttpRunCoordination(
          this, answer.get("run").asLong(), keys, answer.path("seen").asInt(Integer.MAX_VALUE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot register the run with the scheduler at " + client.base() + ": " + e.getMessage(), e);
    }
  }

  /** A call that registers this worker again when the scheduler forgot it. */
  JsonNode call(String path, Map<String, Object> body) throws IOException {
    try {
      try {
        return client.post(path, body);
      } catch (SchedulerClient.UnknownWorker e) {
        reRegister();
        body.put("worker", workerId);
        return client.post(path, body);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private void beat() {
    while (!closed) {
      try {
        Thread.sleep(heartbeatMillis);
      } catch (InterruptedException e) {
        return;
      }
      try {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tasks", new ArrayList<>(running.keySet()));
        JsonNode answer;
        try {
          answer = client.post("/api/workers/" + java.net.URLEncoder.encode(workerId, java.nio.charset.StandardCharsets.UTF_8) + "/heartbeat", body);
        } catch (SchedulerClient.UnknownWorker e) {
          reRegister();
          answer = client.post("/api/workers/" + java.net.URLEncoder.encode(workerId, java.nio.charset.StandardCharsets.UTF_8) + "/heartbeat", body);
        }
        for (JsonNode message : answer.path("messages")) {
          TaskLine line = running.get(message.path("task").asInt());
          if (line != null) {
            line.receive(message.path("id").asLong(), message.path("text").asText());
          }
        }
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        // The scheduler is away; the next beat tries again (the client already waited).
      }
    }
  }

  @Override
  public void close() {
    closed = true;
    heartbeat.interrupt();
    reporter.close();
    client.close();
  }

  /** {@code a=1, b=x} as a map; a value with ", " in it stays whole unless a name= follows. */
  static Map<String, String> params(String text) {
    Map<String, String> params = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return params;
    }
    for (String pair : text.split(", (?=[A-Za-z_][A-Za-z0-9_]*=)")) {
      int equals = pair.indexOf('=');
      if (equals > 0) {
        params.put(pair.substring(0, equals), pair.substring(equals + 1));
      }
    }
    return params;
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
