package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Retries with back-off, failover across bases, and permanent faults reported at once. */
class RemoteFsTest {
  private static final URI A = URI.create("flaky://a/data/");
  private static final URI B = URI.create("flaky://b/data/");

  @TempDir Path cache;

  /** Fails the first {@code failures} stats on base {@code a}; base {@code b} always answers. */
  private static final class Flaky extends StubStorage {
    final List<URI> asked = Collections.synchronizedList(new ArrayList<>());
    int failures;
    StorageException.Kind kind = StorageException.Kind.TRANSIENT;
    boolean plainIoException;

    Flaky() {
      super("flaky");
    }

    @Override
    public StorageClient open(StorageSettings settings, URI base) {
      return new Client() {
        @Override
        public Optional<RemoteEntry> stat(URI url) throws IOException {
          asked.add(url);
          if (base.equals(A) && failures > 0) {
            failures--;
            if (plainIoException) {
              throw new IOException("connection reset");
            }
            throw new StorageException(kind, url, url + ": 503 Service Unavailable");
          }
          return Optional.of(new RemoteEntry("f.txt", 3, 1000, false));
        }
      };
    }
  }

  private RemoteFs fs(Flaky provider, int retries, URI... bases) {
    return provider.fs("out", retries, cache, bases);
  }

  @Test
  void transientFaultsAreRetriedOnTheSameBase() throws IOException {
    Flaky provider = new Flaky();
    provider.failures = 2;
    RemoteFs fs = fs(provider, 3, A);
    assertThat(fs.stat("x/f.txt")).isPresent();
    assertThat(provider.asked).hasSize(3);
    assertThat(fs.counts().stats()).isEqualTo(3);
    assertThat(fs.counts().retries()).isEqualTo(2);
    assertThat(fs.counts().failovers()).isEqualTo(0);
  }

  @Test
  void theRunsEndSaysHowOftenRequestsWereRetriedAndFailedOverOnlyWhenTheyWere() throws IOException {
    Flaky provider = new Flaky();
    RemoteFs fs = fs(provider, 2, A, B);
    RemoteStorage storage = new RemoteStorage(Map.of("out", fs));
    fs.stat("f.txt");
    assertThat(storage.eventsLine()).isEmpty();

    provider.failures = 3;
    fs.stat("f.txt"); // starts at B, which answers
    fs.stat("f.txt"); // A: tried 3 times, then B
    assertThat(storage.eventsLine()).hasValue("remote storage: [fs.out] 2 retries, 1 failover");
  }

  @Test
  void theLinesOfOtherProcessesAddToTheRunsEnd() throws IOException {
    RemoteFs fs = fs(new Flaky(), 2, A);
    RemoteStorage storage = new RemoteStorage(Map.of("out", fs));
    storage.addReported("docket: remote storage: [fs.out] 12 retries, 1 failover, 2 stale upload"
        + " temporaries removed; [fs.other] 5 retries");
    storage.addReported("docket: remote storage: [fs.out] 1 retry, 1 stale upload temporary removed");
    storage.addReported("docket: task Skim(branch=3) done: 3 retries");

    assertThat(storage.eventsLine()).hasValue("remote storage: [fs.out] 13 retries, 1 failover,"
        + " 3 stale upload temporaries removed");
  }

  @Test
  void anyOtherIoExceptionCountsAsTransient() throws IOException {
    Flaky provider = new Flaky();
    provider.failures = 1;
    provider.plainIoException = true;
    assertThat(fs(provider, 1, A).stat("f.txt")).isPresent();
    assertThat(provider.asked).hasSize(2);
  }

  @Test
  void whenRetriesRunOutTheNextBaseIsTried() throws IOException {
    Flaky provider = new Flaky();
    provider.failures = 100;
    RemoteFs fs = fs(provider, 2, A, B);
    assertThat(fs.stat("f.txt")).isPresent(); // first request starts at A
    assertThat(provider.asked).containsExactly(A.resolve("f.txt"), A.resolve("f.txt"),
        A.resolve("f.txt"), B.resolve("f.txt")).inOrder();
    assertThat(fs.counts().failovers()).isEqualTo(1);
  }

  @Test
  void requestsStartAtEachBaseInTurn() throws IOException {
    Flaky provider = new Flaky();
    RemoteFs fs = fs(provider, 0, A, B);
    fs.stat("1");
    fs.stat("2");
    assertThat(provider.asked).containsExactly(A.resolve("1"), B.resolve("2")).inOrder();
  }

  @Test
  void whenEveryAttemptFailsTheErrorNamesTheUrlAndTheTries() {
    Flaky provider = new Flaky();
    provider.failures = 100;
    IOException e = assertThrows(IOException.class, () -> fs(provider, 2, A).stat("x/f.txt"));
    assertThat(e).hasMessageThat().isEqualTo("flaky://a/data/x/f.txt: 503 Service Unavailable"
        + " (failed 3 times; raise retries or retry-delay in its [fs.<name>] section if the"
        + " storage is slow to recover)");
  }

  @Test
  void aPermanentFaultIsReportedAtOnce() {
    Flaky provider = new Flaky();
    provider.failures = 1;
    provider.kind = StorageException.Kind.PERMANENT;
    IOException e = assertThrows(IOException.class, () -> fs(provider, 5, A, B).stat("f.txt"));
    assertThat(e).hasMessageThat().isEqualTo("flaky://a/data/f.txt: 503 Service Unavailable");
    assertThat(provider.asked).hasSize(1);
  }

  @Test
  void theBaseItselfIsNeverRemoved() {
    IOException e = assertThrows(IOException.class, () -> fs(new Flaky(), 0, A).deleteTree(""));
    assertThat(e).hasMessageThat().contains("refusing to remove the base flaky://a/data/");
  }

  @Test
  void namesAreEncodedInUrls() {
    assertThat(fs(new Flaky(), 0, A).url("a b/c#d%.txt").toString())
        .isEqualTo("flaky://a/data/a%20b/c%23d%25.txt");
  }
}
