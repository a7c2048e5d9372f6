package dev.docket.backends.scheduler.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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

  private final HttpClient http;
  private final URI base;
  private final String token;
  private final Duration patience;

  SchedulerClient(URI base, String token, Duration patience) {
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    String text = base.toString();
    this.base = URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    this.token = token;
    this.patience = patience;
  }

  URI base() {
    return base;
  }

  JsonNode post(String path, Object body) throws IOException, InterruptedException {
    String json;
    try {
      json = JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IOException(e);
    }
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    long giveUpAt = System.nanoTime() + patience.toNanos();
    long pause = 100;
    while (true) {
      HttpResponse<String> response;
      try {
        response = http.send(request, HttpResponse.BodyHandlers.ofString());
      } catch (IOException e) {
        if (System.nanoTime() - giveUpAt > 0) {
          throw new IOException("no answer from " + base + " for " + patience.toSeconds() + " s: " + e, e);
        }
        Thread.sleep(pause);
        pause = Math.min(2000, pause * 2);
        continue;
      }
      int status = response.statusCode();
      if (status == 200) {
        return JSON.readTree(response.body());
      }
      String error = errorOf(response.body());
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

  private static String errorOf(String body) {
    try {
      JsonNode node = JSON.readTree(body);
      return node.path("error").asText(body);
    } catch (IOException e) {
      return body;
    }
  }
}
