package dev.docket.backends.scheduler.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;

/**
 * Everything the scheduler knows, in memory, behind one lock; every change is also queued to
 * the {@link Journal}, and its future tells when it is on disk. Reads never touch the disk.
 * Workers, runs and messages are in {@link Coordination}; this class holds the tasks.
 */
final class SchedulerState {
  final Object lock = new Object();
  final LongSupplier clock;
  final Journal journal;
  final EventStream events;
  /** By key: key {@code k} is at index {@code k - 1}. */
  final List<TaskRow> tasks = new ArrayList<>();
  final Map<String, TaskRow> byId = new HashMap<>();
  /** The names of every task family known, sorted: the page lists them before it loads tasks. */
  final java.util.SortedSet<String> families = new java.util.TreeSet<>();
  final Map<String, WorkerRow> workers = new LinkedHashMap<>();
  final List<RunRow> runs = new ArrayList<>();
  final Map<Long, MessageRow> messages = new LinkedHashMap<>();
  /**
   * The keys of the tasks that ended done, in order, since the start: a worker's claims carry
   * its place in it, and the answers the keys after it, so that a worker learns what others did
   * without asking task by task (in memory only: after a restart workers ask again).
   */
  int[] doneLog = new int[1024];
  int doneCount;

  /** Completed at the next change of a task, for the claims that wait for it. */
  private final Map<Integer, CompletableFuture<Void>> changes = new HashMap<>();

  SchedulerState(Journal journal, EventStream events, LongSupplier clock, Schema.Loaded loaded) {
    this.journal = journal;
    this.events = events;
    this.clock = clock;
    for (TaskRow t : loaded.tasks()) {
      add(t);
    }
    runs.addAll(loaded.runs());
    long now = clock.getAsLong();
    for (WorkerRow w : loaded.workers()) {
      // The server was down meanwhile: each worker gets a full timeout to report again.
      w.lastHeartbeat = Math.max(w.lastHeartbeat, now);
      workers.put(w.id, w);
    }
    for (MessageRow m : loaded.messages()) {
      messages.put(m.id, m);
    }
  }

  /** Adds a task new to the scheduler (its key is the next). Call with the lock held. */
  void add(TaskRow t) {
    tasks.add(t);
    byId.put(t.id, t);
    families.add(t.family);
  }

  /** The task with {@code key}, or a 404. Call with the lock held. */
  TaskRow task(int key) throws BadRequest {
    if (key < 1 || key > tasks.size()) {
      throw new BadRequest(404, "no task with key " + key);
    }
    return tasks.get(key - 1);
  }

  /** Appends {@code key} to the log of done tasks. Call with the lock held. */
  void logDone(int key) {
    if (doneCount == doneLog.length) {
      doneLog = java.util.Arrays.copyOf(doneLog, doneLog.length * 2);
    }
    doneLog[doneCount++] = key;
  }

  /** The done keys from place {@code seen} on (at most 10,000). Call with the lock held. */
  int[] doneSince(int seen) {
    int from = Math.max(0, Math.min(seen, doneCount));
    return java.util.Arrays.copyOfRange(doneLog, from, Math.min(doneCount, from + 10_000));
  }

  /** Completes at the next change of task {@code key}. Call with the lock held. */
  CompletableFuture<Void> nextChange(int key) {
    return changes.computeIfAbsent(key, k -> new CompletableFuture<>());
  }

  /** Records a change of {@code t}: its time, the journal, an event. Call with the lock held. */
  CompletableFuture<Void> changed(TaskRow t) {
    t.updated = clock.getAsLong();
    CompletableFuture<Void> waiting = changes.remove(t.key);
    if (waiting != null) {
      waiting.complete(null); // claims waiting for another worker's task
    }
    events.publish("task", Views.taskEvent(t));
    return journal.submit(Schema.task(t.snapshot()));
  }

  // ---- the read API

  Map<String, Object> summary() {
    synchronized (lock) {
      Map<String, Integer> counts = Views.zeroCounts();
      for (TaskRow t : tasks) {
        counts.merge(t.state, 1, Integer::sum);
      }
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("counts", counts);
      view.put("workers", workers.size());
      view.put("runs", runs.size());
      view.put("tasks", tasks.size());
      view.put("families", List.copyOf(families));
      return view;
    }
  }

  /** {@code GET /api/tasks}: filtered by state, family and text in the id, paged. */
  Map<String, Object> tasks(String state, String family, String query, int limit, int offset) {
    String needle = query == null ? null : query.toLowerCase(Locale.ROOT);
    List<Map<String, Object>> page = new ArrayList<>();
    int total = 0;
    synchronized (lock) {
      for (TaskRow t : tasks) {
        if ((state != null && !state.equals(t.state))
            || (family != null && !family.equals(t.family))
            || (needle != null && !t.id.toLowerCase(Locale.ROOT).contains(needle))) {
          continue;
        }
        if (total >= offset && page.size() < limit) {
          page.add(Views.task(t));
        }
        total++;
      }
    }
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("total", total);
    view.put("tasks", page);
    return view;
  }

  Map<String, Object> taskDetail(int key) throws BadRequest {
    synchronized (lock) {
      TaskRow t = task(key);
      List<MessageRow> sent = new ArrayList<>();
      for (MessageRow m : messages.values()) {
        if (m.task == key) {
          sent.add(m);
        }
      }
      return Views.taskDetail(t, sent);
    }
  }

  Map<String, Object> runs(int limit) {
    List<Map<String, Object>> list = new ArrayList<>();
    synchronized (lock) {
      for (int i = runs.size() - 1; i >= 0 && list.size() < limit; i--) {
        RunRow r = runs.get(i);
        Map<String, Integer> counts = Views.zeroCounts();
        for (int key : r.tasks) {
          counts.merge(tasks.get(key - 1).state, 1, Integer::sum);
        }
        list.add(Views.run(r, counts));
      }
    }
    return Map.of("runs", list);
  }

  /** {@code GET /api/runs/{id}/graph}: the run's tasks and the edges among them. */
  Map<String, Object> graph(long runId) throws BadRequest {
    synchronized (lock) {
      RunRow run = run(runId);
      java.util.Set<Integer> inRun = new java.util.HashSet<>();
      for (int key : run.tasks) {
        inRun.add(key);
      }
      List<Map<String, Object>> nodes = new ArrayList<>(run.tasks.length);
      List<int[]> edges = new ArrayList<>();
      for (int key : run.tasks) {
        TaskRow t = tasks.get(key - 1);
        Map<String, Object> node = new LinkedHashMap<>();
        node.put("key", t.key);
        node.put("id", t.id);
        node.put("family", t.family);
        node.put("workflow", t.workflow);
        node.put("state", t.state);
        nodes.add(node);
        for (int dep : t.deps) {
          if (inRun.contains(dep)) {
            edges.add(new int[] {t.key, dep});
          }
        }
      }
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("run", runId);
      view.put("nodes", nodes);
      view.put("edges", edges);
      return view;
    }
  }

  RunRow run(long runId) throws BadRequest {
    if (runId >= 1 && runId <= runs.size() && runs.get((int) runId - 1).id == runId) {
      return runs.get((int) runId - 1); // ids are given in order from 1
    }
    for (RunRow r : runs) {
      if (r.id == runId) {
        return r;
      }
    }
    throw new BadRequest(404, "no run " + runId);
  }

  Map<String, Object> workers() {
    List<Map<String, Object>> list = new ArrayList<>();
    synchronized (lock) {
      Map<String, List<Integer>> held = new HashMap<>();
      for (TaskRow t : tasks) {
        if (t.worker != null && States.RUNNING.equals(t.state)) {
          held.computeIfAbsent(t.worker, w -> new ArrayList<>()).add(t.key);
        }
      }
      for (WorkerRow w : workers.values()) {
        list.add(Views.worker(w, held.getOrDefault(w.id, List.of())));
      }
    }
    return Map.of("workers", list);
  }
}
