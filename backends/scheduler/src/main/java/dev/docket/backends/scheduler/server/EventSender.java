package dev.docket.backends.scheduler.server;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;

/**
 * Writes one page's {@link EventStream.Subscriber} out as {@code text/event-stream} on the
 * request's own thread until the page goes away or the server stops; a comment line every
 * {@link #KEEP_ALIVE_SECONDS} keeps proxies from closing an idle stream and tells a gone page.
 */
final class EventSender {
  static final long KEEP_ALIVE_SECONDS = 15;

  private final EventStream stream;
  private volatile boolean stopping;

  EventSender(EventStream stream) {
    this.stream = stream;
  }

  void stop() {
    stopping = true;
  }

  void stream(Response response, Callback callback) {
    EventStream.Subscriber subscriber = stream.subscribe();
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    try {
      // Sent at once: the page knows it is connected, and tests know the subscription exists.
      write(response, ": connected\n\n");
      List<String> frames = new ArrayList<>();
      long idleSince = System.nanoTime();
      while (!stopping && !subscriber.dropped) {
        String first = subscriber.frames.poll(250, TimeUnit.MILLISECONDS);
        if (first == null) {
          if (System.nanoTime() - idleSince > TimeUnit.SECONDS.toNanos(KEEP_ALIVE_SECONDS)) {
            write(response, ": keep-alive\n\n");
            idleSince = System.nanoTime();
          }
          continue;
        }
        frames.add(first);
        subscriber.frames.drainTo(frames, 500);
        write(response, String.join("", frames));
        frames.clear();
        idleSince = System.nanoTime();
      }
      callback.succeeded();
    } catch (Exception e) { // the page went away (or the thread was stopped): the stream ends
      callback.failed(e);
    } finally {
      stream.unsubscribe(subscriber);
    }
  }

  private static void write(Response response, String text) throws Exception {
    FutureCallback written = new FutureCallback();
    response.write(false, BufferUtil.toBuffer(text, StandardCharsets.UTF_8), written);
    written.get(30, TimeUnit.SECONDS);
  }
}
