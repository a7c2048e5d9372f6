package dev.docket.backends.s3;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The direct download's answers that s3proxy never gives, from a server on 127.0.0.1 that sends
 * canned bytes, one answer per connection: a body cut short, a stall, a bare 503, S3's chunked
 * XML error, and a chunked 200 (which the SDK then reads). Never a file in place unless whole.
 */
class DirectGetTest {
  @TempDir Path local;

  private final List<String> requests = new CopyOnWriteArrayList<>();
  private ServerSocket server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  /** Answers the connections in turn with {@code answers}; an answer of null never comes (a stall). */
  private S3Storage storage(String... answers) throws IOException {
    serve(answers);
    return storage(server.getLocalPort());
  }

  private S3Storage storage(int endpointPort) throws IOException {
    var settings = new StorageSettings("s3", Duration.ofMillis(500), Map.of(
        "endpoint", "http://127.0.0.1:" + endpointPort,
        "access-key", "me", "secret-key", "secret"));
    var options = S3Options.read("fs.s3", settings.options(), key -> key);
    return S3Provider.storage(settings, options, URI.create("s3://bkt/"), S3Storage.Sizes.DEFAULT);
  }

  private void serve(String... answers) throws IOException {
    server = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
    Thread serving = new Thread(() -> {
      List<Socket> open = new ArrayList<>();
      try {
        for (String answer : answers) {
          Socket socket = server.accept();
          open.add(socket);
          requests.add(head(socket.getInputStream()));
          if (answer != null) {
            socket.getOutputStream().write(answer.getBytes(StandardCharsets.ISO_8859_1));
            socket.close();
          }
        }
      } catch (IOException e) {
        // the test is over
      }
    });
    serving.setDaemon(true);
    serving.start();
  }

  private static String head(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
      int b = in.read();
      if (b < 0) {
        break;
      }
      head.write(b);
    }
    return head.toString(StandardCharsets.ISO_8859_1);
  }

  private static final URI URL = URI.create("s3://bkt/dir/a%20b+c.txt");

  @Test
  void aWholeAnswerLandsAndTheRequestIsSignedForItsPathAndHost() throws IOException {
    try (S3Storage s3 = storage("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")) {
      s3.download(URL, local.resolve("out.txt"));
      assertThat(Files.readString(local.resolve("out.txt"))).isEqualTo("hello");
      assertThat(s3.sdkClientBuilt()).isFalse(); // its start-up is what a fresh process pays
    }
    String request = requests.get(0);
    assertThat(request).startsWith("GET /bkt/dir/a%20b%2Bc.txt HTTP/1.1\r\n");
    assertThat(request).containsMatch("(?i)authorization: AWS4-HMAC-SHA256 Credential=me/");
    assertThat(request).containsMatch("(?i)host: 127.0.0.1:" + server.getLocalPort() + "\r\n");
  }

  @Test
  void aBodyCutShortIsTransientAndLeavesNoFile() throws IOException {
    try (S3Storage s3 = storage("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc")) {
      StorageException e = assertThrows(StorageException.class, () -> s3.download(URL, local.resolve("out")));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.TRANSIENT);
      assertThat(e).hasMessageThat().contains("after 3 of 10 bytes");
    }
    try (var files = Files.list(local)) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void aStallLongerThanTheTimeoutIsTransient() throws IOException {
    try (S3Storage s3 = storage((String) null)) {
      StorageException e = assertThrows(StorageException.class, () -> s3.download(URL, local.resolve("out")));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.TRANSIENT);
      assertThat(e).hasMessageThat().contains("no data for 500 ms");
    }
  }

  @Test
  void aBare503IsTransient() throws IOException {
    try (S3Storage s3 = storage("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n\r\n")) {
      StorageException e = assertThrows(StorageException.class, () -> s3.download(URL, local.resolve("out")));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.TRANSIENT);
      assertThat(e).hasMessageThat().contains("503");
    }
  }

  @Test
  void s3sChunkedErrorIsReadForItsCode() throws IOException {
    String xml = "<?xml version='1.0' encoding='UTF-8'?><Error><Code>NoSuchBucket</Code>"
        + "<Message>The specified bucket does not exist</Message></Error>";
    String answer = "HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n"
        + Integer.toHexString(20) + "\r\n" + xml.substring(0, 20) + "\r\n"
        + Integer.toHexString(xml.length() - 20) + "\r\n" + xml.substring(20) + "\r\n0\r\n\r\n";
    try (S3Storage s3 = storage(answer)) {
      StorageException e = assertThrows(StorageException.class, () -> s3.download(URL, local.resolve("out")));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e).hasMessageThat().contains("404 NoSuchBucket");
      assertThat(e).hasMessageThat().contains("does not exist");
    }
  }

  @Test
  void aChunked200IsLeftToTheSdk() throws IOException {
    String chunked = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n";
    try (S3Storage s3 = storage(chunked, chunked)) {
      s3.download(URL, local.resolve("out.txt"));
      assertThat(Files.readString(local.resolve("out.txt"))).isEqualTo("hello");
      assertThat(s3.sdkClientBuilt()).isTrue();
    }
    assertThat(requests).hasSize(2);
  }

  /**
   * With a proxy set for http ({@code http.proxyHost} or an application's selector), the download
   * goes through it by the SDK's client, as every other request does: the canned server is the
   * proxy here, and the endpoint a port where nothing listens.
   */
  @Test
  @ResourceLock("java.net.ProxySelector")
  void aConfiguredProxyIsUsedByTheSdksPath() throws IOException {
    serve("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nvia proxy!");
    int nobody;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = closed.getLocalPort();
    }
    ProxySelector before = ProxySelector.getDefault();
    ProxySelector.setDefault(ProxySelector.of(new InetSocketAddress("127.0.0.1", server.getLocalPort())));
    try (S3Storage s3 = storage(nobody)) {
      s3.download(URL, local.resolve("out.txt"));
    } finally {
      ProxySelector.setDefault(before);
    }
    assertThat(Files.readString(local.resolve("out.txt"))).isEqualTo("via proxy!");
    assertThat(requests.get(0)).startsWith("GET http://127.0.0.1:" + nobody + "/bkt/dir/a%20b%2Bc.txt HTTP/1.1");
  }
}
