package dev.docket.backends.scheduler.client;

import java.util.concurrent.DelayQueue;
import java.util.concurrent.Delayed;
import java.util.concurrent.TimeUnit;

/**
 * Sends the running tasks' coalesced reports when they fall due, on a thread of its own, so
 * that a task's {@code setProgress} never waits for the scheduler and a value set once still
 * reaches it without the next heartbeat (at most {@link TaskLine#MIN_INTERVAL_MILLIS} late).
 */
final class Reporter implements AutoCloseable {
  private record Due(TaskLine line, long atNanos) implements Delayed {
    @Override
    public long getDelay(TimeUnit unit) {
      return unit.convert(atNanos - System.nanoTime(), TimeUnit.NANOSECONDS);
    }

    @Override
    public int compareTo(Delayed other) {
      return Long.compare(atNanos, ((Due) other).atNanos);
    }
  }

  private final DelayQueue<Due> due = new DelayQueue<>();
  private final Thread thread;

  Reporter() {
    thread = new Thread(this::send, "docket-worker-reports");
    thread.setDaemon(true);
    thread.start();
  }

  /** {@code line}'s pending report goes out at {@code atNanos} ({@link System#nanoTime}). */
  void schedule(TaskLine line, long atNanos) {
    due.add(new Due(line, atNanos));
  }

  private void send() {
    while (true) {
      Due next;
      try {
        next = due.take();
      } catch (InterruptedException e) {
        return;
      }
      next.line().sendDue();
    }
  }

  @Override
  public void close() {
    thread.interrupt();
  }
}
