package dev.docket.backends.scheduler.server;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the read API (docs/scheduler.md, section server), built under the lock. */
final class Views {
  /** A task in a list: {@code GET /api/tasks}. */
  static Map<String, Object> task(TaskRow t) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("key", t.key);
    view.put("id", t.id);
    view.put("family", t.family);
    view.put("params", t.params);
    view.put("workflow", t.workflow);
    view.put("state", t.state);
    view.put("message", t.message);
    view.put("progress", t.progress);
    view.put("updated", iso(t.updated));
    view.put("worker", t.worker);
    return view;
  }

  /** A {@code task} event: what the page needs to move a task in its lists, without what lists load. */
  static Map<String, Object> taskEvent(TaskRow t) {
    Map<String, Object> event = new LinkedHashMap<>();
    event.put("key", t.key);
    event.put("id", t.id);
    event.put("family", t.family);
    event.put("state", t.state);
    event.put("message", t.message);
    event.put("progress", t.progress);
    event.put("worker", t.worker);
    return event;
  }

  /** A task's page: {@code GET /api/tasks/{key}}. */
  static Map<String, Object> taskDetail(TaskRow t, List<MessageRow> messages) {
    Map<String, Object> view = task(t);
    view.put("outputs", t.outputs);
    view.put("logTail", t.logTail);
    view.put("started", iso(t.started));
    view.put("finished", iso(t.finished));
    view.put(
        "durationMillis",
        t.started > 0 && t.finished >= t.started ? Long.valueOf(t.finished - t.started) : null);
    view.put("trackingUrl", t.trackingUrl);
    view.put("deps", t.deps);
    List<Map<String, Object>> history = new ArrayList<>();
    for (TaskRow.HistoryEntry entry : t.history) {
      Map<String, Object> h = new LinkedHashMap<>();
      h.put("run", entry.run());
      h.put("state", entry.state());
      h.put("started", iso(entry.started()));
      h.put("finished", iso(entry.finished()));
      h.put(
          "durationMillis",
          entry.started() > 0 ? Long.valueOf(entry.finished() - entry.started()) : null);
      history.add(h);
    }
    view.put("history", history);
    List<Map<String, Object>> sent = new ArrayList<>();
    for (MessageRow m : messages) {
      sent.add(message(m));
    }
    view.put("messages", sent);
    return view;
  }

  static Map<String, Object> message(MessageRow m) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", m.id);
    view.put("task", m.task);
    view.put("text", m.text);
    view.put("answer", m.answer);
    view.put("sent", iso(m.sent));
    view.put("delivered", m.delivered);
    return view;
  }

  static Map<String, Object> worker(WorkerRow w, List<Integer> tasks) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", w.id);
    view.put("host", w.host);
    view.put("pid", w.pid);
    view.put("tasks", tasks);
    view.put("lastHeartbeat", iso(w.lastHeartbeat));
    return view;
  }

  static Map<String, Object> run(RunRow r, Map<String, Integer> counts) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", r.id);
    view.put("root", r.root);
    view.put("worker", r.worker);
    view.put("started", iso(r.started));
    view.put("finished", iso(r.finished));
    view.put("tasks", r.tasks.length);
    view.put("counts", counts);
    return view;
  }

  /** Zero of every state, in the API's order. */
  static Map<String, Integer> zeroCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String state : States.ALL) {
      counts.put(state, 0);
    }
    return counts;
  }

  /** Milliseconds since the epoch as ISO-8601, or {@code null} for "never" (0). */
  static String iso(long millis) {
    return millis <= 0 ? null : Instant.ofEpochMilli(millis).toString();
  }

  private Views() {}
}
