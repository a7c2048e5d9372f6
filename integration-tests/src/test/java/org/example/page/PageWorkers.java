package org.example.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Two workers that run a graph shaped like the sample analysis (GenerateEvents → Selection,
 * JetCalibration → Histograms per dataset, a Skim workflow of branches, Combine on top) through
 * the scheduler's worker API: register, claim, report running with a message and progress, then
 * done. Combine, the last task, waits for a message from the page and answers it, as a task does
 * through TaskContext.
 */
final class PageWorkers {
  static final String COMBINE = "Combine(datasets=ttbar,wjets, version=v1)";

  record Node(String id, String family, Map<String, String> params, String workflow, List<Integer> deps) {}

  private final SchedulerApi api;
  final List<Node> nodes = new ArrayList<>();
  private final Set<Integer> finished = ConcurrentHashMap.newKeySet();
  private final Set<Integer> taken = ConcurrentHashMap.newKeySet();
  final AtomicReference<String> received = new AtomicReference<>();
  private final CountDownLatch go = new CountDownLatch(1);
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();
  private int[] keys;
  private long run;

  PageWorkers(SchedulerApi api, int branches) {
    this.api = api;
    List<Integer> histograms = new ArrayList<>();
    for (String dataset : List.of("ttbar", "wjets")) {
      int events = add("GenerateEvents(dataset=" + dataset + ", version=v1, events=500, seed=42)",
          "GenerateEvents", Map.of("dataset", dataset), null);
      int selection = add("Selection(dataset=" + dataset + ", minJets=4, version=v1)", "Selection",
          Map.of("dataset", dataset, "minJets", "4"), null, events);
      int calibration = add("JetCalibration(dataset=" + dataset + ", version=v1)", "JetCalibration",
          Map.of("dataset", dataset), null, events);
      histograms.add(add("Histograms(dataset=" + dataset + ", version=v1)", "Histograms",
          Map.of("dataset", dataset), null, selection, calibration));
    }
    List<Integer> parts = new ArrayList<>();
    for (int b = 0; b < branches; b++) {
      parts.add(add("Skim(dataset=ttbar, version=v1, branch=" + b + ")", "Skim",
          Map.of("dataset", "ttbar", "branch", String.valueOf(b)), "Skim", 0));
    }
    int skim = add("Skim(dataset=ttbar, version=v1)", "Skim", Map.of("dataset", "ttbar"), null,
        parts.stream().mapToInt(Integer::intValue).toArray());
    histograms.add(skim);
    add(COMBINE, "Combine", Map.of("datasets", "ttbar,wjets"), null,
        histograms.stream().mapToInt(Integer::intValue).toArray());
  }

  private int add(String id, String family, Map<String, String> params, String workflow, int... deps) {
    nodes.add(new Node(id, family, params, workflow, java.util.Arrays.stream(deps).boxed().toList()));
    return nodes.size() - 1;
  }

  /** Registers two workers and the run's graph; the workers start at {@link #go()}. */
  void register() throws Exception {
    List<String> workers = new ArrayList<>();
    for (int pid : new int[] {4101, 4102}) {
      workers.add(api.post("/api/workers", Map.of("host", "node-" + pid, "pid", pid)).path("id").asText());
    }
    registerRun(workers.get(0));
    for (String worker : workers) {
      Thread thread = new Thread(() -> work(worker), "page-worker-" + worker);
      thread.setDaemon(true);
      threads.add(thread);
      thread.start();
    }
  }

  /** Registers the run's graph by one worker that runs nothing of it; returns the run's id. */
  long registerGraphOnly() throws Exception {
    registerRun(api.post("/api/workers", Map.of("host", "node-big", "pid", 4200)).path("id").asText());
    return run;
  }

  private void registerRun(String worker) throws Exception {
    List<Map<String, Object>> graph = new ArrayList<>();
    for (Node node : nodes) {
      Map<String, Object> n = new LinkedHashMap<>();
      n.put("id", node.id());
      n.put("family", node.family());
      n.put("params", node.params());
      n.put("workflow", node.workflow());
      n.put("complete", false);
      n.put("deps", node.deps());
      graph.add(n);
    }
    JsonNode answer = api.post("/api/runs", Map.of("worker", worker, "root", COMBINE, "nodes", graph));
    run = answer.path("run").asLong();
    keys = new int[nodes.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = answer.path("keys").path(i).asInt();
    }
  }

  int key(String id) {
    for (int i = 0; i < nodes.size(); i++) {
      if (nodes.get(i).id().equals(id)) {
        return keys[i];
      }
    }
    throw new IllegalArgumentException(id);
  }

  void go() {
    go.countDown();
  }

  /** Waits for both workers to end; what one of them threw fails the test. */
  void join() throws Throwable {
    for (Thread thread : threads) {
      thread.join(TimeUnit.SECONDS.toMillis(60));
    }
    if (failure.get() != null) {
      throw failure.get();
    }
  }

  private void work(String worker) {
    try {
      go.await();
      while (finished.size() < nodes.size()) {
        int next = nextReady();
        if (next < 0) {
          heartbeat(worker, -1);
          Thread.sleep(50);
          continue;
        }
        runTask(worker, next);
        finished.add(next);
      }
    } catch (Throwable e) {
      failure.compareAndSet(null, e);
    }
  }

  private synchronized int nextReady() {
    for (int i = 0; i < nodes.size(); i++) {
      if (!taken.contains(i) && finished.containsAll(nodes.get(i).deps())) {
        taken.add(i);
        return i;
      }
    }
    return -1;
  }

  private void runTask(String worker, int i) throws Exception {
    int key = keys[i];
    JsonNode claim = api.post("/api/tasks/" + key + "/claim",
        Map.of("worker", worker, "plannedAt", System.currentTimeMillis()));
    if (!claim.path("granted").asBoolean()) {
      throw new AssertionError("claim of " + nodes.get(i).id() + " refused: " + claim);
    }
    report(worker, key, Map.of("state", "running", "message", "reading events", "progress", 0.25,
        "trackingUrl", "https://batch.example.org/jobs/" + key));
    if (nodes.get(i).id().equals(COMBINE)) {
      report(worker, key, Map.of("message", "waiting for a message from the page", "progress", 0.5,
          "logTail", "combined ttbar\ncombined wjets\n"));
      long until = System.currentTimeMillis() + 90_000;
      while (received.get() == null && System.currentTimeMillis() < until) {
        heartbeat(worker, key);
        Thread.sleep(100);
      }
    }
    report(worker, key, Map.of("state", "done", "message", "done", "progress", 1.0,
        "outputs", List.of("/store/" + nodes.get(i).family().toLowerCase() + "/" + key + ".csv")));
  }

  private void report(String worker, int key, Map<String, Object> fields) throws Exception {
    Map<String, Object> body = new LinkedHashMap<>(fields);
    body.put("worker", worker);
    body.put("run", run);
    api.post("/api/tasks/" + key + "/state", body);
  }

  /** A heartbeat; the messages it brings for {@code task} are answered. */
  private void heartbeat(String worker, int task) throws Exception {
    JsonNode answer = api.post("/api/workers/" + worker + "/heartbeat",
        Map.of("tasks", task < 0 ? List.of() : List.of(task)));
    for (JsonNode message : answer.path("messages")) {
      String text = message.path("text").asText();
      received.compareAndSet(null, text);
      api.post("/api/messages/" + message.path("id").asLong() + "/answer", Map.of("text", "received: " + text));
    }
  }
}
