package dev.docket.backends.scheduler.server;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's doors: the token, the login cookie, the address it binds, the page's files. */
class SchedulerServerTest {
  @TempDir Path dir;
  private SchedulerServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private SchedulerServer start() throws Exception {
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0));
    return server;
  }

  @Test
  void refusesCallsWithoutTheRightToken() throws Exception {
    start();
    assertThat(new Http(server.url(), null).get("/api/summary").statusCode()).isEqualTo(401);
    assertThat(new Http(server.url(), "wrong").get("/api/summary").statusCode()).isEqualTo(401);
    assertThat(new Http(server.url(), null).get("/").statusCode()).isEqualTo(401);
    assertThat(new Http(server.url(), null).get("/login?token=wrong").statusCode()).isEqualTo(401);
    JsonNode summary = new Http(server).getJson("/api/summary");
    assertThat(summary.path("counts").path("pending").asInt(-1)).isEqualTo(0);
    assertThat(new Http(server.url(), null).get("/api/summary").body()).contains("token");
  }

  @Test
  void summaryListsEveryFamilySortedAcrossRestarts() throws Exception {
    start();
    Http http = new Http(server);
    assertThat(http.getJson("/api/summary").get("families").size()).isEqualTo(0);
    String worker = http.postJson("/api/workers", "{\"host\":\"h\",\"pid\":1}").get("id").asText();
    http.postJson(
        "/api/runs",
        "{\"worker\":\"" + worker + "\",\"root\":\"Plot()\",\"nodes\":["
            + "{\"id\":\"Select(n=1)\",\"family\":\"Select\",\"deps\":[]},"
            + "{\"id\":\"Select(n=2)\",\"family\":\"Select\",\"deps\":[]},"
            + "{\"id\":\"Histogram()\",\"family\":\"Histogram\",\"deps\":[0,1]},"
            + "{\"id\":\"Plot()\",\"family\":\"Plot\",\"deps\":[2]}]}");
    JsonNode summary = http.getJson("/api/summary");
    assertThat(summary.get("families").toString()).isEqualTo("[\"Histogram\",\"Plot\",\"Select\"]");
    java.util.List<String> fields = new java.util.ArrayList<>();
    summary.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsExactly("counts", "workers", "runs", "tasks", "families").inOrder();
    assertThat(summary.get("tasks").asInt()).isEqualTo(4);
    server.close();
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0));
    assertThat(new Http(server).getJson("/api/summary").get("families").toString())
        .isEqualTo("[\"Histogram\",\"Plot\",\"Select\"]");
  }

  @Test
  void writesTheTokenForItsOwnerOnlyAndKeepsItAcrossRestarts() throws Exception {
    start();
    String token = server.token();
    Path file = dir.resolve("token");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    assertThat(Files.readString(file).strip()).isEqualTo(token);
    assertThat(token.length()).isAtLeast(40);
    server.close();
    server = SchedulerServer.start(ServerOptions.of(dir).withPort(0));
    assertThat(server.token()).isEqualTo(token);
  }

  @Test
  void refusesATokenFileOthersCanRead() throws Exception {
    Path file = dir.resolve("token");
    Files.writeString(file, "secret\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    java.io.IOException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            java.io.IOException.class, () -> SchedulerServer.start(ServerOptions.of(dir).withPort(0)));
    assertThat(e).hasMessageThat().contains("chmod 600");
  }

  @Test
  void loginLinkSetsACookieThatOpensThePageAndTheApi() throws Exception {
    start();
    HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> login =
        plain.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/login?token=" + server.token())).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).endsWith("/");
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith(Routes.COOKIE + "=" + server.token());
    assertThat(cookie).contains("HttpOnly");
    String pair = cookie.substring(0, cookie.indexOf(';'));
    HttpResponse<String> api =
        plain.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/api/summary")).header("Cookie", pair).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(api.statusCode()).isEqualTo(200);
    HttpResponse<String> file =
        plain.send(
            HttpRequest.newBuilder(URI.create(server.url() + "/static/probe.txt")).header("Cookie", pair).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).contains("served from web/");
  }

  @Test
  void servesNoFileOutsideTheWebFolder() throws Exception {
    start();
    Http http = new Http(server);
    assertThat(http.get("/static/../server/Json.class").statusCode()).isEqualTo(404);
    assertThat(http.get("/static/%2e%2e/server/Json.class").statusCode()).isNotEqualTo(200);
    assertThat(http.get("/static/missing.js").statusCode()).isEqualTo(404);
  }

  @Test
  void listensOnLoopbackOnlyByDefault() throws Exception {
    assertThat(ServerOptions.of(dir).host()).isEqualTo("127.0.0.1");
    start();
    assertThat(server.url()).startsWith("http://127.0.0.1:");
    Optional<InetAddress> external = externalAddress();
    org.junit.jupiter.api.Assumptions.assumeTrue(
        external.isPresent(), "this machine has no non-loopback IPv4 address to try");
    try (Socket socket = new Socket()) {
      org.junit.jupiter.api.Assertions.assertThrows(
          java.io.IOException.class,
          () -> socket.connect(new InetSocketAddress(external.get(), server.port()), 2000));
    }
  }

  private static Optional<InetAddress> externalAddress() throws Exception {
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      if (!nic.isUp() || nic.isLoopback()) {
        continue;
      }
      for (InetAddress address : Collections.list(nic.getInetAddresses())) {
        if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
          return Optional.of(address);
        }
      }
    }
    return Optional.empty();
  }
}
