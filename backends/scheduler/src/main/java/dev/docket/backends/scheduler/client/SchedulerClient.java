package dev.docket.backends.scheduler.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * JSON calls to the scheduler with the token. A scheduler that does not answer (restarting) is
 * tried again, with growing pauses, for {@link #patience}; a refusal is not.
 */
final class SchedulerClient {
  static final ObjectMapper JSON = new ObjectMapper();

  /** The scheduler does not know the worker (it expired): register again. */
  static final class UnknownWorker extends IOException {
    private static final long serialVersionUID = 1L;

    UnknownWorker(String message) {
      super(message);
    }
  }

  private final HttpLink http;
  private final URI base;
  /** The base's path, which every call's path follows. */
  private final String prefix;
  private final String token;
  private final Duration patience;

  SchedulerClient(URI base, String token, Duration patience) {
    this(base, token, patience, null);
  }

  /** {@code tls}: whom an {@code https} scheduler's certificate must come from (null: the JVM's trust). */
  SchedulerClient(URI base, String token, Duration patience, javax.net.ssl.SSLSocketFactory tls) {
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.http = new HttpLink(this.base, tls, 5_000, 30_000);
    this.prefix = this.base.getRawPath() == null ? "" : this.base.getRawPath();
    this.token = token;
    this.patience = patience;
  }

  URI base() {
    return base;
  }

  JsonNode post(String path, Object body) throws IOException, InterruptedException {
    byte[] json;
    try {
      json = JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    long giveUpAt = System.nanoTime() + patience.toNanos();
    long pause = 100;
    while (true) {
      HttpLink.Answer response;
      try {
        response = http.post(prefix + path, token, json);
      } catch (IOException e) {
        if (System.nanoTime() - giveUpAt > 0) {
          throw new IOException("no answer from " + base + " for " + patience.toSeconds() + " s: " + e, e);
        }
        Thread.sleep(pause);
        pause = Math.min(2000, pause * 2);
        continue;
      }
      int status = response.status();
      if (status == 200) {
        return JSON.readTree(response.body());
      }
      String error = errorOf(response.text());
      if (status == 401) {
        throw new IOException("the scheduler refused the token (401): use the token in the file it printed at start");
      }
      if (status == 404 && error.startsWith("unknown worker")) {
        throw new UnknownWorker(error);
      }
      if (status >= 500 && System.nanoTime() - giveUpAt < 0) {
        Thread.sleep(pause);
        pause = Math.min(2000, pause * 2);
        continue;
      }
      throw new IOException("the scheduler answered " + status + " to " + path + ": " + error);
    }
  }

  /** Closes the kept-alive connections. */
  void close() {
    http.close();
  }

  private static String errorOf(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node.path("error").asText(body);
    } catch (IOException e) {
      return body;
    }
  }
}
