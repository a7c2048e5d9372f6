package dev.docket.backends.scheduler.server;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live updates of {@code GET /api/events}: each subscriber (a page) has a bounded queue of
 * server-sent-event frames that its own request thread writes out. Publishing never waits: a
 * page that falls {@link #CAPACITY} events behind is dropped (its EventSource reconnects and
 * reloads), so a slow browser cannot slow the workers down.
 */
final class EventStream {
  static final int CAPACITY = 20_000;

  /** One page's pending frames; {@code dropped} once it fell too far behind. */
  static final class Subscriber {
    final BlockingQueue<String> frames = new ArrayBlockingQueue<>(CAPACITY);
    volatile boolean dropped;
  }

  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

  Subscriber subscribe() {
    Subscriber subscriber = new Subscriber();
    subscribers.add(subscriber);
    return subscriber;
  }

  void unsubscribe(Subscriber subscriber) {
    subscribers.remove(subscriber);
  }

  int subscribers() {
    return subscribers.size();
  }

  /** Sends {@code event: type} with {@code data} as JSON to every page. */
  void publish(String type, Map<String, Object> data) {
    if (subscribers.isEmpty()) {
      return;
    }
    String frame = "event: " + type + "\ndata: " + Json.write(data) + "\n\n";
    for (Subscriber subscriber : subscribers) {
      if (!subscriber.frames.offer(frame)) {
        subscriber.dropped = true;
        subscribers.remove(subscriber);
      }
    }
  }
}
