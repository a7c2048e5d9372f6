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
 * page's messages on their way to the task. Reports are coalesced: at most one call every
 * {@link #MIN_INTERVAL_MILLIS} from the task's thread; what changed meanwhile goes with the
 * next heartbeat or the task's end.
 */
final class TaskLine implements TaskChannel {
  static final long MIN_INTERVAL_MILLIS = 250;

  private final HttpCoordinator worker;
  private final int key;
  private final long run;
  private final Queue<TaskContext.Message> inbox = new ConcurrentLinkedQueue<>();
  private final Map<String, Object> pending = new LinkedHashMap<>();
  private long lastSent;

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
    synchronized (pending) {
      pending.put(field, value);
    }
    flush(false);
  }

  /** Sends what changed, unless a call went out less than the interval ago ({@code force}: now). */
  void flush(boolean force) {
    Map<String, Object> body;
    synchronized (pending) {
      long now = System.currentTimeMillis();
      if (pending.isEmpty() || (!force && now - lastSent < MIN_INTERVAL_MILLIS)) {
        return;
      }
      body = new LinkedHashMap<>(pending);
      pending.clear();
      lastSent = now;
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
    synchronized (pending) {
      Map<String, Object> body = new LinkedHashMap<>(pending);
      pending.clear();
      lastSent = Long.MAX_VALUE / 2;
      return body;
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
