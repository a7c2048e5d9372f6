package dev.docket.backends.scheduler.client;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.coordination.TaskChannel;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A running task's status, progress and tracking URL on their way to the scheduler, and the
 * page's messages on their way to the task. Reports are coalesced and never sent from the
 * task's thread: a change is due {@link #MIN_INTERVAL_MILLIS} after the last report (the claim
 * counts as one), and the worker's {@link Reporter} sends what changed meanwhile in one call
 * then; what is still pending when the task ends goes with the end's report instead.
 */
final class TaskLine implements TaskChannel {
  static final long MIN_INTERVAL_MILLIS = 250;

  private final HttpCoordinator worker;
  private final int key;
  private final long run;
  private final Queue<TaskContext.Message> inbox = new ConcurrentLinkedQueue<>();
  /** The fields changed since the last report; guarded by itself, as are the two below. */
  private final Map<String, Object> pending = new LinkedHashMap<>();
  /** Held while a report is sent: the end's report waits for it (the scheduler refuses a report after the end). */
  private final Object sending = new Object();
  private long lastSentNanos = System.nanoTime();
  /** A report is due with the {@link Reporter}, or the end took the pending fields. */
  private boolean scheduled;
  private boolean ended;

  TaskLine(HttpCoordinator worker, int key, long run) {
    this.worker = worker;
    this.key = key;
    this.run = run;
  }

  @Override
  public void status(String message) {
    change("message", message);
  }

  @Override
  public void progress(double fraction) {
    change("progress", fraction);
  }

  @Override
  public void trackingUrl(String url) {
    change("trackingUrl", url);
  }

  private void change(String field, Object value) {
    long at;
    synchronized (pending) {
      if (ended) {
        return;
      }
      pending.put(field, value);
      if (scheduled) {
        return; // goes with the report already due
      }
      scheduled = true;
      at = Math.max(System.nanoTime(), lastSentNanos + MIN_INTERVAL_MILLIS * 1_000_000);
    }
    worker.reporter.schedule(this, at);
  }

  /** The {@link Reporter}'s turn: sends what changed, if the end did not take it. */
  void sendDue() {
    flush();
  }

  /** Sends what changed now. */
  void flush() {
    synchronized (sending) {
      send();
    }
  }

  private void send() {
    Map<String, Object> body;
    synchronized (pending) {
      long now = System.nanoTime();
      if (pending.isEmpty() || ended) {
        scheduled = false;
        return;
      }
      body = new LinkedHashMap<>(pending);
      pending.clear();
      scheduled = false;
      lastSentNanos = now;
    }
    body.put("worker", worker.workerId);
    body.put("run", run);
    try {
      worker.call("/api/tasks/" + key + "/state", body);
    } catch (IOException | RuntimeException e) {
      // a report lost while the scheduler is away; the task's end says the last word
    }
  }

  /** What was not sent yet, for the end's report; nothing is sent after it. */
  Map<String, Object> pendingReport() {
    synchronized (sending) { // a report on its way arrives before the end, not refused after it
      synchronized (pending) {
        Map<String, Object> body = new LinkedHashMap<>(pending);
        pending.clear();
        ended = true;
        return body;
      }
    }
  }

  void receive(long id, String text) {
    inbox.add(new Message(id, text));
  }

  @Override
  public Optional<TaskContext.Message> nextMessage() {
    return Optional.ofNullable(inbox.poll());
  }

  private final class Message implements TaskContext.Message {
    private final long id;
    private final String text;

    Message(long id, String text) {
      this.id = id;
      this.text = text;
    }

    @Override
    public String text() {
      return text;
    }

    @Override
    public void answer(String reply) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("text", reply);
      try {
        worker.call("/api/messages/" + id + "/answer", body);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException("the answer did not reach the scheduler: " + e.getMessage(), e);
      }
    }
  }
}
