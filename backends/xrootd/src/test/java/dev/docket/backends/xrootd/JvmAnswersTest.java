package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.backends.xrootd.ScriptedServer.Answer;
import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The JVM client's answers to what a real server says only in setups the tests cannot build
 * (a wait, a redirect, a login that asks for gsi, a dropped connection): a scripted server
 * speaks them. What falls back to the tools is checked in {@code XrootdFallbackTest} with xrdfs.
 */
class JvmAnswersTest {
  private static final Answer LOGGED_IN = new Answer(0, new byte[16]);
  private ScriptedServer server;

  @AfterEach
  void stop() throws IOException {
    if (server != null) {
      server.close();
    }
  }

  private JvmMetadata client(BiFunction<Integer, String, List<Answer>> script, int seconds) throws IOException {
    server = new ScriptedServer((code, path) -> code == XrdFrame.LOGIN ? List.of(LOGGED_IN) : script.apply(code, path));
    return JvmMetadata.of(url(""), Duration.ofSeconds(seconds), true);
  }

  private URI url(String path) {
    return URI.create("root://127.0.0.1:" + (server == null ? 1 : server.port()) + "//data/" + path);
  }

  private long count(int code) {
    return server.requests().stream().filter(c -> c == code).count();
  }

  @Test
  void aWaitIsHonouredAndTheRequestSentAgain() throws IOException {
    AtomicInteger stats = new AtomicInteger();
    JvmMetadata jvm = client((code, path) -> stats.incrementAndGet() == 1
        ? List.of(Answer.of(XrdFrame.WAIT, 1, "staging"))
        : List.of(Answer.ok("1 5 48 1796181200")), 10);
    long start = System.nanoTime();
    assertThat(jvm.stat(url("f.root"))).hasValue(new RemoteEntry("f.root", 5, 1796181200000L, false));
    assertThat((System.nanoTime() - start) / 1_000_000).isAtLeast(900L);
    assertThat(count(XrdFrame.STAT)).isEqualTo(2);
  }

  @Test
  void aWaitBeyondTheTimeoutIsATransientFault() throws IOException {
    JvmMetadata jvm = client((code, path) -> List.of(Answer.of(XrdFrame.WAIT, 60, "busy")), 2);
    StorageException e = assertThrows(StorageException.class, () -> jvm.stat(url("f.root")));
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().contains("asked to wait 60 s");
    assertThat(jvm.serves()).isTrue();
  }

  @Test
  void partsOfAListingAreJoined() throws IOException {
    JvmMetadata jvm = client((code, path) -> List.of(
        new Answer(XrdFrame.OK_SO_FAR, ".\n0 0 0 0\na\n1 1 48 1796181200\n".getBytes()),
        new Answer(XrdFrame.OK_SO_FAR, "b c\n2 2 51 1796181201\n".getBytes()),
        Answer.ok("d\n3 3 48 1796181202")), 10);
    assertThat(jvm.list(url("dir/")).stream().map(RemoteEntry::name).toList())
        .containsExactly("a", "b c", "d").inOrder();
  }

  @Test
  void errorCodesMapToTheFaultsOfTheToolPath() throws IOException {
    JvmMetadata jvm = client((code, path) -> List.of(path.endsWith("missing")
        ? Answer.of(XrdFrame.ERROR, 3011, "no such file")
        : path.endsWith("denied") ? Answer.of(XrdFrame.ERROR, 3010, "not authorized")
        : Answer.of(XrdFrame.ERROR, 3012, "internal error")), 10);
    assertThat(jvm.stat(url("missing"))).isEqualTo(Optional.empty());
    assertThat(jvm.list(url("missing"))).isEmpty();
    StorageException denied = assertThrows(StorageException.class, () -> jvm.stat(url("denied")));
    assertThat(denied.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(denied).hasMessageThat().startsWith(url("denied") + ": the server refused it: [3010] not authorized;");
    assertThat(denied).hasMessageThat().contains("check your credentials");
    StorageException broken = assertThrows(StorageException.class, () -> jvm.stat(url("other")));
    assertThat(broken.kind()).isEqualTo(Kind.TRANSIENT);
    // refusals keep the connection: one login for all of them
    assertThat(count(XrdFrame.LOGIN)).isEqualTo(1);
  }

  @Test
  void aPooledConnectionTheServerClosedIsReplacedWithoutAFault() throws IOException {
    AtomicInteger stats = new AtomicInteger();
    // the second stat finds the connection closed (an empty answer list closes it)
    JvmMetadata jvm = client((code, path) -> stats.incrementAndGet() == 2
        ? List.of() : List.of(Answer.ok("1 5 48 1796181200")), 10);
    assertThat(jvm.stat(url("a"))).isPresent();
    assertThat(jvm.stat(url("b"))).isPresent();
    assertThat(count(XrdFrame.LOGIN)).isEqualTo(2);
  }

  @Test
  void aConnectionDroppedOnAFreshSessionIsTransient() throws IOException {
    JvmMetadata jvm = client((code, path) -> List.of(), 10);
    StorageException e = assertThrows(StorageException.class, () -> jvm.stat(url("a")));
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().startsWith(url("a") + ": connection error");
    assertThat(jvm.serves()).isTrue();
  }

  @Test
  void aRedirectOrAnUnknownStatusHandsTheBaseToTheTools() throws IOException {
    JvmMetadata jvm = client((code, path) -> List.of(Answer.of(XrdFrame.REDIRECT, 1094, "other.example.org")), 10);
    XrdSession.NotSpoken e = assertThrows(XrdSession.NotSpoken.class, () -> jvm.list(url("dir/")));
    assertThat(e).hasMessageThat().isEqualTo("the server redirects the request to other.example.org:1094");
    assertThat(jvm.serves()).isFalse();

    JvmMetadata other = client((code, path) -> List.of(new Answer(4006, new byte[4])), 10);
    assertThrows(XrdSession.NotSpoken.class, () -> other.stat(url("f")));
    assertThat(other.serves()).isFalse();
  }

  @Test
  void aLoginThatAsksForASecurityProtocolHandsTheBaseToTheTools() throws IOException {
    server = new ScriptedServer((code, path) -> List.of(new Answer(0, concat(new byte[16], "&P=gsi,v:10400,c:ssl"))));
    JvmMetadata jvm = JvmMetadata.of(url(""), Duration.ofSeconds(10), true);
    XrdSession.NotSpoken e = assertThrows(XrdSession.NotSpoken.class, () -> jvm.stat(url("f")));
    assertThat(e).hasMessageThat().isEqualTo("the server asks for authentication (&P=gsi,v:10400,c:ssl)");
    assertThat(jvm.serves()).isFalse();
    assertThat(count(XrdFrame.STAT)).isEqualTo(0);
  }

  /** Oksofar parts without end: {@code pause} between two, none when zero. */
  private static List<Answer> endless(int bytes, long pause) {
    Answer part = new Answer(XrdFrame.OK_SO_FAR, new byte[bytes]);
    return new java.util.AbstractList<>() {
      @Override
      public Answer get(int index) {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        return part;
      }

      @Override
      public int size() {
        return Integer.MAX_VALUE;
      }
    };
  }

  @Test
  @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anAnswerOfEndlessPartsIsBoundedInSizeAndHandsTheBaseToTheTools() throws IOException {
    JvmMetadata jvm = client((code, path) -> endless(1 << 20, 0), 30);
    XrdSession.NotSpoken e = assertThrows(XrdSession.NotSpoken.class, () -> jvm.list(url("dir/")));
    assertThat(e).hasMessageThat().contains("MiB");
    assertThat(jvm.serves()).isFalse();
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void anAnswerOfPartsThatTrickleOnIsBoundedByTheTimeout() throws IOException {
    JvmMetadata jvm = client((code, path) -> endless(16, 200), 1);
    StorageException e = assertThrows(StorageException.class, () -> jvm.list(url("dir/")));
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().contains("did not answer within 1 s");
    assertThat(jvm.serves()).isTrue();
  }

  @Test
  void aWaitBeyondTheTimeoutOnAPooledConnectionIsNotWaitedOutTwice() throws IOException {
    AtomicInteger stats = new AtomicInteger();
    JvmMetadata jvm = client((code, path) -> stats.incrementAndGet() == 1
        ? List.of(Answer.ok("1 5 48 1796181200"))
        : List.of(Answer.of(XrdFrame.WAIT, 1, "busy")), 2);
    assertThat(jvm.stat(url("a"))).isPresent();
    StorageException e = assertThrows(StorageException.class, () -> jvm.stat(url("b")));
    assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
    assertThat(e).hasMessageThat().contains("beyond the section's timeout of 2 s");
    // the pooled connection was alive: the request is not sent again on a new one
    assertThat(count(XrdFrame.LOGIN)).isEqualTo(1);
  }

  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aConnectionInUseWhenTheClientIsClosedIsNotKept() throws Exception {
    CountDownLatch asked = new CountDownLatch(1);
    CountDownLatch answer = new CountDownLatch(1);
    JvmMetadata jvm = client((code, path) -> {
      if (path.endsWith("slow")) {
        asked.countDown();
        try {
          answer.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return List.of(Answer.ok("1 5 48 1796181200"));
    }, 10);
    CompletableFuture<Optional<RemoteEntry>> slow = CompletableFuture.supplyAsync(() -> {
      try {
        return jvm.stat(url("slow"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    asked.await();
    jvm.close(); // the run ends while a task still asks
    answer.countDown();
    assertThat(slow.get()).isPresent();
    // had the answered connection gone back to the pool after close, it would serve this one
    assertThat(jvm.stat(url("after"))).isPresent();
    assertThat(count(XrdFrame.LOGIN)).isEqualTo(2);
  }

  @Test
  void switchedOffOrOverTlsTheToolsServeFromTheStart() {
    assertThat(JvmMetadata.of(URI.create("root://h//d/"), Duration.ofSeconds(1), false).serves()).isFalse();
    assertThat(JvmMetadata.of(URI.create("roots://h//d/"), Duration.ofSeconds(1), true).serves()).isFalse();
    assertThat(JvmMetadata.of(URI.create("xroot://h//d/"), Duration.ofSeconds(1), true).serves()).isTrue();
  }

  private static byte[] concat(byte[] head, String tail) {
    byte[] words = tail.getBytes();
    byte[] all = java.util.Arrays.copyOf(head, head.length + words.length);
    System.arraycopy(words, 0, all, head.length, words.length);
    return all;
  }
}
