package dev.docket.backends.scheduler.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * What workers ask of the scheduler and what the page sends them: registration and heartbeats,
 * runs and their graphs, claims (one worker per task), state reports, messages. Every method
 * changes {@link SchedulerState} under its lock and returns the answer together with the
 * future of its journal write, which the caller awaits before answering.
 */
final class Coordination {
  /** An answer and when it is on disk. */
  record Answer(Object body, CompletableFuture<Void> durable) {}

  private final SchedulerState state;
  private final long workerTimeoutMillis;

  Coordination(SchedulerState state, long workerTimeoutMillis) {
    this.state = state;
    this.workerTimeoutMillis = workerTimeoutMillis;
  }

  /** {@code POST /api/workers}: {@code {"id","host","pid"}}; a known id is registered again. */
  Answer register(JsonNode body) throws BadRequest {
    String host = text(body, "host", true);
    long pid = body.path("pid").asLong(0);
    String id = text(body, "id", false);
    if (id == null) {
      id = host + ":" + pid;
    }
    synchronized (state.lock) {
      WorkerRow worker = new WorkerRow(id, host, pid, state.clock.getAsLong());
      state.workers.put(id, worker);
      state.events.publish("worker", Map.of("id", id, "state", "registered"));
      CompletableFuture<Void> durable =
          state.journal.submit(Schema.worker(id, host, pid, worker.lastHeartbeat));
      return new Answer(
          Map.of("id", id, "heartbeatSeconds", Math.max(1, workerTimeoutMillis / 3000)), durable);
    }
  }

  /**
   * {@code POST /api/workers/{id}/heartbeat} with {@code {"tasks":[keys it runs]}}: the worker
   * lives; the tasks it names are its again (after a restart or a late heartbeat); the answer
   * holds the page's messages for them not yet delivered. 404 for a worker the scheduler does
   * not know (expired): it registers again.
   */
  Answer heartbeat(String workerId, JsonNode body) throws BadRequest {
    synchronized (state.lock) {
      WorkerRow worker = state.workers.get(workerId);
      if (worker == null) {
        throw new BadRequest(404, "unknown worker " + workerId + ": register again");
      }
      worker.lastHeartbeat = state.clock.getAsLong();
      CompletableFuture<Void> durable =
          state.journal.submit(Schema.worker(worker.id, worker.host, worker.pid, worker.lastHeartbeat));
      for (JsonNode key : body.path("tasks")) {
        TaskRow t = state.task(key.asInt());
        if (!workerId.equals(t.worker) || !States.RUNNING.equals(t.state)) {
          if (t.worker == null || !state.workers.containsKey(t.worker)) {
            t.worker = workerId;
            t.state = States.RUNNING;
            durable = state.changed(t);
          }
        }
      }
      List<Map<String, Object>> pending = new ArrayList<>();
      for (MessageRow m : state.messages.values()) {
        if (!m.delivered && workerId.equals(state.tasks.get(m.task - 1).worker)) {
          m.delivered = true;
          durable = state.journal.submit(Schema.message(m.id, m.task, m.text, m.sent, m.answer, true));
          pending.add(Views.message(m));
        }
      }
      return new Answer(Map.of("messages", pending), durable);
    }
  }

  /**
   * {@code POST /api/runs}: {@code {"worker","root","nodes":[{"id","family","params",
   * "workflow","complete","deps":[indexes into nodes]}]}}; answers the run's id and the keys of
   * its nodes, in order. A task seen before keeps its key and history.
   */
  Answer startRun(JsonNode body) throws BadRequest {
    String worker = text(body, "worker", false);
    String root = text(body, "root", true);
    JsonNode nodes = body.path("nodes");
    if (!nodes.isArray() || nodes.isEmpty()) {
      throw new BadRequest("a run needs \"nodes\", a non-empty array");
    }
    synchronized (state.lock) {
      int[] keys = new int[nodes.size()];
      java.util.Set<TaskRow> touched = new java.util.LinkedHashSet<>();
      for (int i = 0; i < keys.length; i++) {
        JsonNode node = nodes.get(i);
        String id = text(node, "id", true);
        TaskRow t = state.byId.get(id);
        if (t == null) {
          Map<String, String> params = new LinkedHashMap<>();
          for (Iterator<Map.Entry<String, JsonNode>> it = node.path("params").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> param = it.next();
            params.put(param.getKey(), param.getValue().asText());
          }
          t = new TaskRow(state.tasks.size() + 1, id, text(node, "family", true), params);
          state.add(t);
          touched.add(t);
        }
        keys[i] = t.key;
        String workflow = text(node, "workflow", false);
        boolean complete = node.path("complete").asBoolean(false);
        // A task done or failed stays so until claimed again: whether that end came before
        // or after this run was planned is the claim's question (another worker may have
        // finished it a moment ago).
        boolean live = States.RUNNING.equals(t.state) && state.workers.containsKey(t.worker);
        String wanted =
            complete ? States.DONE
                : States.DONE.equals(t.state) || States.FAILED.equals(t.state) || live ? t.state
                : States.PENDING;
        if (!live && !wanted.equals(t.state)) {
          t.state = wanted;
          t.worker = null;
          touched.add(t);
        }
        if (workflow != null && !workflow.equals(t.workflow)) {
          t.workflow = workflow;
          touched.add(t);
        }
      }
      for (int i = 0; i < keys.length; i++) {
        JsonNode deps = nodes.get(i).path("deps");
        int[] depKeys = new int[deps.size()];
        for (int d = 0; d < depKeys.length; d++) {
          int index = deps.get(d).asInt(-1);
          if (index < 0 || index >= keys.length) {
            throw new BadRequest("node " + i + " requires node " + index + ", which is not in \"nodes\"");
          }
          depKeys[d] = keys[index];
        }
        TaskRow t = state.tasks.get(keys[i] - 1);
        if (!java.util.Arrays.equals(depKeys, t.deps)) {
          t.deps = depKeys;
          touched.add(t);
        }
      }
      CompletableFuture<Void> durable = CompletableFuture.completedFuture(null);
      for (TaskRow t : touched) {
        durable = state.changed(t);
      }
      long runId = state.runs.isEmpty() ? 1 : state.runs.get(state.runs.size() - 1).id + 1;
      long now = state.clock.getAsLong();
      RunRow run = new RunRow(runId, root, worker, now, 0, keys);
      state.runs.add(run);
      durable = state.journal.submit(Schema.run(runId, root, worker, now, 0, keys));
      state.events.publish("run", Map.of("id", runId, "root", root, "state", "started"));
      return new Answer(Map.of("run", runId, "keys", keys, "seen", state.doneCount), durable);
    }
  }

  /** {@code POST /api/runs/{id}/finish}. */
  Answer finishRun(long runId) throws BadRequest {
    synchronized (state.lock) {
      RunRow run = state.run(runId);
      run.finished = state.clock.getAsLong();
      state.events.publish("run", Map.of("id", runId, "root", run.root, "state", "finished"));
      return new Answer(
          Map.of("run", runId),
          state.journal.submit(
              Schema.run(run.id, run.root, run.worker, run.started, run.finished, run.tasks)));
    }
  }

  /**
   * {@code POST /api/tasks/{key}/claim} with {@code {"worker","run"}} (or {@code "plannedAt"},
   * epoch milliseconds, instead of the run): granted unless a live worker runs the task, or it
   * ended (done or failed) after the claimer's run started: then the answer says so, with the
   * state and the worker, and the claimer does not run it.
   */
  Answer claim(int key, JsonNode body) throws BadRequest {
    String worker = text(body, "worker", true);
    // A claimer may wait (up to "waitMillis", at most 10 s) while another worker runs the task,
    // rather than ask again and again: the task's next change wakes it, and only it.
    long waitNanos = Math.min(body.path("waitMillis").asLong(0), 10_000) * 1_000_000;
    long giveUpAt = System.nanoTime() + waitNanos;
    while (true) {
      CompletableFuture<Void> change;
      synchronized (state.lock) {
        Answer answer = tryClaim(key, worker, body);
        if (answer != null || giveUpAt - System.nanoTime() <= 0) {
          answer = answer != null ? answer : refusal(state.task(key));
          if (body.has("seen")) {
            // What others finished since this worker last asked: it need not ask for those.
            int seen = body.get("seen").asInt();
            int[] done = state.doneSince(seen);
            @SuppressWarnings("unchecked")
            Map<String, Object> withDone = new LinkedHashMap<>((Map<String, Object>) answer.body());
            withDone.put("done", done);
            withDone.put("seen", Math.max(0, Math.min(seen, state.doneCount)) + done.length);
            answer = new Answer(withDone, answer.durable());
          }
          return answer;
        }
        change = state.nextChange(key);
      }
      try {
        change.get(giveUpAt - System.nanoTime(), java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
        // asked once more below, then answered
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        giveUpAt = System.nanoTime();
      }
    }
  }

  /** The claim's answer, or {@code null} while another live worker runs the task. */
  private Answer tryClaim(int key, String worker, JsonNode body) throws BadRequest {
    if (!state.workers.containsKey(worker)) {
      throw new BadRequest(404, "unknown worker " + worker + ": register again");
    }
    // When the claimer planned: its run's start on this server's clock, else as it says.
    long plannedAt =
        body.hasNonNull("run")
            ? state.run(body.get("run").asLong()).started
            : body.path("plannedAt").asLong(0);
    TaskRow t = state.task(key);
    if (heldElsewhere(t, worker)) {
      return null;
    }
    boolean endedSince =
        (States.DONE.equals(t.state) || States.FAILED.equals(t.state)) && t.finished >= plannedAt;
    if (endedSince) {
      return refusal(t);
    }
    t.state = States.RUNNING;
    t.worker = worker;
    t.started = state.clock.getAsLong();
    t.finished = 0;
    t.message = null;
    t.progress = null;
    t.trackingUrl = null;
    return new Answer(Map.of("granted", true, "state", t.state), state.changed(t));
  }

  private boolean heldElsewhere(TaskRow t, String worker) {
    return States.RUNNING.equals(t.state) && t.worker != null && !worker.equals(t.worker)
        && state.workers.containsKey(t.worker);
  }

  private static Answer refusal(TaskRow t) {
    Map<String, Object> refusal = new LinkedHashMap<>();
    refusal.put("granted", false);
    refusal.put("state", t.state);
    refusal.put("worker", t.worker);
    refusal.put("message", t.message);
    return new Answer(refusal, CompletableFuture.completedFuture(null));
  }

  /**
   * {@code POST /api/tasks/{key}/state}: any of {@code state, message, progress, trackingUrl,
   * outputs, logTail, run}. An end state (done, failed, upstream-failed) goes into the task's
   * history and frees it; pending frees it too.
   */
  Answer update(int key, JsonNode body) throws BadRequest {
    String worker = text(body, "worker", false);
    synchronized (state.lock) {
      TaskRow t = state.task(key);
      String newState = text(body, "state", false);
      if (newState != null && !States.known(newState)) {
        throw new BadRequest("unknown state \"" + newState + "\"; one of " + States.ALL);
      }
      boolean holdsIt = worker != null && worker.equals(t.worker);
      if (newState == null && !(holdsIt && States.RUNNING.equals(t.state))) {
        // Also a late status report that an end overtook: it must not overwrite the end's.
        throw new BadRequest(409, "task " + key + " is not running on worker " + worker);
      }
      long now = state.clock.getAsLong();
      CompletableFuture<Void> durable = CompletableFuture.completedFuture(null);
      if (body.has("message")) {
        t.message = text(body, "message", false);
      }
      if (body.has("progress")) {
        t.progress = body.get("progress").isNumber() ? body.get("progress").asDouble() : null;
      }
      if (body.has("trackingUrl")) {
        t.trackingUrl = text(body, "trackingUrl", false);
      }
      if (body.has("logTail")) {
        t.logTail = text(body, "logTail", false);
      }
      if (body.path("outputs").isArray()) {
        List<String> outputs = new ArrayList<>();
        body.get("outputs").forEach(o -> outputs.add(o.asText()));
        t.outputs = List.copyOf(outputs);
      }
      if (newState != null) {
        t.state = newState;
        if (States.RUNNING.equals(newState)) {
          t.worker = worker;
          t.started = t.started > 0 ? t.started : now;
        } else {
          t.worker = States.isEnd(newState) ? worker : null;
        }
        if (States.DONE.equals(newState) && body.path("elsewhere").asBoolean(false)) {
          t.worker = null; // another run did it: its end is already recorded, or was never ours
        } else if (States.isEnd(newState)) {
          if (States.DONE.equals(newState)) {
            state.logDone(t.key);
          }
          t.finished = now;
          TaskRow.HistoryEntry entry =
              new TaskRow.HistoryEntry(body.path("run").asLong(0), newState, t.started, now);
          t.history.add(entry);
          durable = state.journal.submit(Schema.history(t.key, entry));
          if (States.DONE.equals(newState) && t.progress != null) {
            t.progress = 1.0;
          }
        }
      }
      durable = state.changed(t);
      if (newState == null) {
        // A status or progress report: journalled, but nothing waits for it to be on disk.
        durable = CompletableFuture.completedFuture(null);
      }
      return new Answer(Map.of("key", key, "state", t.state), durable);
    }
  }

  /** {@code POST /api/tasks/{key}/messages} from the page: for the running task's worker. */
  Answer postMessage(int key, JsonNode body) throws BadRequest {
    String text = text(body, "text", true);
    synchronized (state.lock) {
      TaskRow t = state.task(key);
      if (!States.RUNNING.equals(t.state)) {
        throw new BadRequest(409, "task " + key + " is " + t.state + ", not running: nothing would read the message");
      }
      long id = state.messages.isEmpty() ? 1 : maxMessageId() + 1;
      MessageRow m = new MessageRow(id, key, text, state.clock.getAsLong(), null, false);
      state.messages.put(id, m);
      state.events.publish("message", Views.message(m));
      return new Answer(
          Map.of("id", id), state.journal.submit(Schema.message(id, key, text, m.sent, null, false)));
    }
  }

  /** {@code POST /api/messages/{id}/answer} with {@code {"text"}} from the task. */
  Answer answer(long id, JsonNode body) throws BadRequest {
    String text = text(body, "text", true);
    synchronized (state.lock) {
      MessageRow m = state.messages.get(id);
      if (m == null) {
        throw new BadRequest(404, "no message " + id);
      }
      m.answer = text;
      state.events.publish("message", Views.message(m));
      return new Answer(
          Map.of("id", id),
          state.journal.submit(Schema.message(m.id, m.task, m.text, m.sent, text, m.delivered)));
    }
  }

  /**
   * Forgets the workers whose last heartbeat is older than the timeout and frees the tasks they
   * held (pending again, with a message saying why), so that another worker may claim them.
   * Returns how many workers expired.
   */
  int expireWorkers() {
    synchronized (state.lock) {
      long now = state.clock.getAsLong();
      List<WorkerRow> dead = new ArrayList<>();
      for (WorkerRow w : state.workers.values()) {
        if (now - w.lastHeartbeat > workerTimeoutMillis) {
          dead.add(w);
        }
      }
      for (WorkerRow w : dead) {
        state.workers.remove(w.id);
        state.journal.submit(Schema.workerGone(w.id));
        state.events.publish("worker", Map.of("id", w.id, "state", "expired"));
        for (TaskRow t : state.tasks) {
          if (w.id.equals(t.worker) && States.RUNNING.equals(t.state)) {
            t.state = States.PENDING;
            t.worker = null;
            t.message = "released: worker " + w.id + " sent no heartbeat for "
                + workerTimeoutMillis / 1000 + " s";
            state.changed(t);
          }
        }
      }
      return dead.size();
    }
  }

  private long maxMessageId() {
    long max = 0;
    for (long id : state.messages.keySet()) {
      max = Math.max(max, id);
    }
    return max;
  }

  private static String text(JsonNode body, String field, boolean required) throws BadRequest {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      if (required) {
        throw new BadRequest("missing \"" + field + "\"");
      }
      return null;
    }
    return value.asText();
  }
}
