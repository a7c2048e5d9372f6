package dev.docket.backends.scheduler.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A test client for a started scheduler: JSON calls with or without the token. */
final class Http {
  final HttpClient client = HttpClient.newHttpClient();
  final String base;
  final String token;

  Http(SchedulerServer server) {
    this(server.url(), server.token());
  }

  Http(String base, String token) {
    this.base = base;
    this.token = token;
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
  }

  HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  JsonNode getJson(String path) throws IOException, InterruptedException {
    return ok(get(path));
  }

  JsonNode postJson(String path, String json) throws IOException, InterruptedException {
    return ok(post(path, json));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode ok(HttpResponse<String> response) throws IOException {
    if (response.statusCode() != 200) {
      throw new AssertionError(
          response.request().method() + " " + response.uri() + ": " + response.statusCode() + " " + response.body());
    }
    return Json.MAPPER.readTree(response.body());
  }
}
