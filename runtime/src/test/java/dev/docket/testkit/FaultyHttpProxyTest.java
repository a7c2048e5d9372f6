package dev.docket.testkit;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import dev.docket.testkit.FaultyHttpProxy.Faults;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultyHttpProxyTest {
  private static final String BIG = "0123456789".repeat(50_000);

  private HttpServer upstream;
  private final Map<String, String> stored = new ConcurrentHashMap<>();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void startUpstream() throws IOException {
    // the JDK's server writes head and body apart and leaves Nagle on: 40 ms a request otherwise
    System.setProperty("sun.net.httpserver.nodelay", "true");
    upstream = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    upstream.createContext("/", exchange -> {
      String path = exchange.getRequestURI().getPath();
      if (exchange.getRequestMethod().equals("PUT")) {
        try (InputStream in = exchange.getRequestBody()) {
          stored.put(path, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        exchange.sendResponseHeaders(201, -1);
      } else if (stored.containsKey(path)) {
        byte[] body = stored.get(path).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(200, path.contains("chunked") ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(body);
        }
      } else {
        exchange.sendResponseHeaders(404, -1);
      }
      exchange.close();
    });
    upstream.start();
  }

  @AfterEach
  void stopUpstream() {
    upstream.stop(0);
  }

  private URI at(FaultyHttpProxy proxy, String path) {
    return URI.create("http://127.0.0.1:" + proxy.port() + path);
  }

  private HttpResponse<String> put(URI url, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(url).PUT(HttpRequest.BodyPublishers.ofString(body))
        .build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(URI url, Duration timeout) throws Exception {
    return http.send(HttpRequest.newBuilder(url).timeout(timeout).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void withoutFaultsRequestsAndBodiesPassBothWays() throws Exception {
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(upstream.getAddress().getPort(), Faults.NONE)) {
      assertThat(put(at(proxy, "/a.txt"), BIG).statusCode()).isEqualTo(201);
      assertThat(put(at(proxy, "/chunked.txt"), "small").statusCode()).isEqualTo(201);
      HttpResponse<String> whole = get(at(proxy, "/a.txt"), Duration.ofSeconds(10));
      assertThat(whole.body()).isEqualTo(BIG);
      assertThat(get(at(proxy, "/chunked.txt"), Duration.ofSeconds(10)).body()).isEqualTo("small");
      assertThat(get(at(proxy, "/missing"), Duration.ofSeconds(10)).statusCode()).isEqualTo(404);
      assertThat(proxy.counts()).isEqualTo(new FaultyHttpProxy.Counts(5, 0, 0, 0));
    }
    assertThat(stored).containsEntry("/a.txt", BIG);
  }

  @Test
  void aRefusedRequestIsAnswered503AndNeverReachesTheServer() throws Exception {
    Faults refuseAll = new Faults(1, 0, 0, 0, 7);
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(upstream.getAddress().getPort(), refuseAll)) {
      assertThat(put(at(proxy, "/b.txt"), "x").statusCode()).isEqualTo(503);
      assertThat(put(at(proxy, "/b.txt"), "y").statusCode()).isEqualTo(503); // same connection
      assertThat(proxy.counts().refused()).isEqualTo(2);
    }
    assertThat(stored).doesNotContainKey("/b.txt");
  }

  @Test
  void aStalledRequestOutlastsTheClientsTimeout() throws Exception {
    stored.put("/c.txt", "c");
    Faults stallAll = new Faults(0, 1, 0, 3000, 7);
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(upstream.getAddress().getPort(), stallAll)) {
      assertThrows(java.net.http.HttpTimeoutException.class,
          () -> get(at(proxy, "/c.txt"), Duration.ofMillis(300)));
      assertThat(proxy.counts().stalled()).isEqualTo(1);
    }
  }

  @Test
  void aBrokenOffAnswerEndsBeforeItsBody() throws Exception {
    stored.put("/d.txt", BIG);
    Faults breakAll = new Faults(0, 0, 1, 0, 7);
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(upstream.getAddress().getPort(), breakAll)) {
      assertThrows(IOException.class, () -> get(at(proxy, "/d.txt"), Duration.ofSeconds(10)));
      assertThat(proxy.counts().brokenOff()).isEqualTo(1);
    }
  }

  @Test
  void faultsAreDrawnInTheConfiguredShareAndReplayWithTheSeed() throws Exception {
    stored.put("/e.txt", "e");
    Faults tenPercent = new Faults(0.1, 0, 0, 0, 42);
    long first;
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(upstream.getAddress().getPort(), tenPercent)) {
      for (int i = 0; i < 400; i++) {
        get(at(proxy, "/e.txt"), Duration.ofSeconds(10));
      }
      first = proxy.counts().refused();
      assertThat(first).isAtLeast(20);
      assertThat(first).isAtMost(70);
    }
    try (FaultyHttpProxy proxy = FaultyHttpProxy.start(upstream.getAddress().getPort(), tenPercent)) {
      for (int i = 0; i < 400; i++) {
        get(at(proxy, "/e.txt"), Duration.ofSeconds(10));
      }
      assertThat(proxy.counts().refused()).isEqualTo(first);
    }
  }
}
