package dev.docket.backends.scheduler.client;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.backends.scheduler.server.SchedulerServer;
import dev.docket.backends.scheduler.server.ServerOptions;
import dev.docket.backends.scheduler.server.Tls;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workers' HTTP: kept-alive connections, a connection the server closed, chunks, HTTPS. */
class HttpLinkTest {
  @TempDir Path dir;

  /**
   * A server that answers each connection's first request, the first in chunks, then closes
   * it without a word, as a server does with an idle connection; counts the connections.
   */
  private static CompletableFuture<Void> closingAfterOneAnswer(ServerSocket listener, AtomicInteger accepted) {
    return CompletableFuture.runAsync(
        () -> {
          try {
            while (accepted.get() < 2) {
              try (Socket socket = listener.accept()) {
                int n = accepted.incrementAndGet();
                BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                int length = 0;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                  if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring(15).trim());
                  }
                }
                in.skip(length);
                OutputStream out = socket.getOutputStream();
                String answer =
                    n == 1
                        ? "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\n{\"a\r\n4;x=y\r\n\":1}\r\n0\r\n\r\n"
                        : "HTTP/1.1 200 OK\r\nContent-Length: 8\r\n\r\n{\"b\":22}";
                out.write(answer.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                // Wait for the next request to arrive before closing, so that the client
                // writes on a connection that then ends without an answer.
                if (n == 1) {
                  InputStream raw = socket.getInputStream();
                  socket.setSoTimeout(5000);
                  raw.read();
                }
              }
            }
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
  }

  @Test
  void readsChunksAndSendsAgainOnANewConnectionWhenTheServerClosedTheOldOne() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      AtomicInteger accepted = new AtomicInteger();
      CompletableFuture<Void> server = closingAfterOneAnswer(listener, accepted);
      try (HttpLink link =
          new HttpLink(URI.create("http://127.0.0.1:" + listener.getLocalPort()), null, 2000, 5000)) {
        assertThat(link.post("/x", "t", "{}".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("{\"a\":1}");
        assertThat(link.post("/x", "t", "{}".getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("{\"b\":22}");
      }
      server.get(10, TimeUnit.SECONDS);
      assertThat(accepted.get()).isEqualTo(2);
    }
  }

  @Test
  void aNewConnectionThatEndsWithoutAnAnswerIsAnError() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      CompletableFuture<Void> server =
          CompletableFuture.runAsync(
              () -> {
                try (Socket socket = listener.accept()) {
                  socket.getInputStream().read();
                } catch (java.io.IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      try (HttpLink link =
          new HttpLink(URI.create("http://127.0.0.1:" + listener.getLocalPort()), null, 2000, 5000)) {
        assertThrows(java.io.IOException.class, () -> link.post("/x", "t", new byte[0]));
      }
      server.get(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void speaksHttpsToASchedulerWhoseCertificateItTrustsOnly() throws Exception {
    Path store = dir.resolve("scheduler.p12");
    Process keytool =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "scheduler", "-keyalg", "RSA", "-keysize", "2048",
                "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "secret1")
            .redirectErrorStream(true)
            .start();
    keytool.getInputStream().readAllBytes();
    assertThat(keytool.waitFor()).isEqualTo(0);
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(store)) {
      keys.load(in, "secret1".toCharArray());
    }
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("scheduler", keys.getCertificate("scheduler"));
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    SSLSocketFactory trusting = context.getSocketFactory();
    try (SchedulerServer server =
        SchedulerServer.start(
            ServerOptions.of(dir.resolve("state")).withPort(0)
                .withTls(new Tls.KeyStoreFile(store, "secret1".toCharArray())))) {
      SchedulerClient client =
          new SchedulerClient(URI.create(server.url()), server.token(), java.time.Duration.ofSeconds(2), trusting);
      for (String host : List.of("h1", "h2")) {
        assertThat(client.post("/api/workers", java.util.Map.of("host", host, "pid", 1)).get("id").asText())
            .isEqualTo(host + ":1");
      }
      client.close();
      // The JVM's default trust does not know this certificate: refused at the handshake.
      try (HttpLink untrusting = new HttpLink(URI.create(server.url()), null, 2000, 5000)) {
        assertThrows(SSLHandshakeException.class, () -> untrusting.post("/api/workers", "t", new byte[0]));
      }
    }
  }
}
