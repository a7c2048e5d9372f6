package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server that accepts connections and never answers (a hung storage node): the real tools
 * are stopped after the section's timeout, and the JVM client stops reading, and the request is
 * a transient fault; a closed port fails at once, also transient, so the runtime's retries take
 * over.
 */
class TimeoutTest {
  @RegisterExtension static final RequiredService TOOLS = LocalXrootd.tools();

  @TempDir Path local;

  private ServerSocket silent;
  private final List<Socket> accepted = new ArrayList<>();

  @BeforeEach
  void listenWithoutAnswering() throws IOException {
    silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          Socket socket = silent.accept();
          synchronized (accepted) {
            accepted.add(socket);
          }
        }
      } catch (IOException closed) {
        // the test is over
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  @AfterEach
  void close() throws IOException {
    silent.close();
    synchronized (accepted) {
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }

  private StorageClient client(int port) throws IOException {
    return client(port, true);
  }

  /** A client whose stats and listings are spoken in the JVM, or run xrdfs ({@code jvm} false). */
  private StorageClient client(int port, boolean jvm) throws IOException {
    URI base = URI.create("root://127.0.0.1:" + port + "//data/");
    return new XrootdProvider().open(new StorageSettings("hung", Duration.ofSeconds(1),
        Map.of(XrootdProvider.JVM_CLIENT, Boolean.toString(jvm))), base);
  }

  @Test
  void aStatThatGetsNoAnswerIsStoppedAfterTheTimeoutAndMayBeRetried() throws IOException {
    URI url = URI.create("root://127.0.0.1:" + silent.getLocalPort() + "//data/x.root");
    for (boolean jvm : new boolean[] {true, false}) {
      long start = System.nanoTime();
      StorageException e = assertThrows(StorageException.class, () -> client(silent.getLocalPort(), jvm).stat(url));
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
      assertThat(e).hasMessageThat().isEqualTo(url + (jvm
          ? ": the server did not answer within 1 s (the section's timeout)"
          : ": xrdfs did not answer within 1 s (the section's timeout); it was stopped"));
      assertThat(millis).isAtLeast(900L);
      assertThat(millis).isLessThan(10_000L);
    }
  }

  @Test
  void aDownloadThatMovesNoByteIsStoppedAfterTheTimeout() throws IOException {
    URI url = URI.create("root://127.0.0.1:" + silent.getLocalPort() + "//data/x.root");
    long start = System.nanoTime();
    StorageException e = assertThrows(StorageException.class,
        () -> client(silent.getLocalPort()).download(url, local.resolve("x.root")));
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().contains("xrdcp did not answer within 1 s");
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000L);
  }

  @Test
  void aClosedPortIsATransientConnectionError() throws IOException {
    int port;
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    URI url = URI.create("root://127.0.0.1:" + port + "//data/x.root");
    StorageException e = assertThrows(StorageException.class, () -> client(port, false).stat(url));
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().isEqualTo(url + ": xrdfs: [FATAL] Connection error");
    StorageException jvm = assertThrows(StorageException.class, () -> client(port, true).list(url));
    assertThat(jvm.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(jvm).hasMessageThat().isEqualTo(url + ": connection error (Connection refused)");
  }
}
