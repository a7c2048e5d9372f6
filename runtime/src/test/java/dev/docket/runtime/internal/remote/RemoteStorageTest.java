package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registry of a run's file systems: which sections make one, installing and putting back,
 * closing the clients that were opened, and the run's end line of storage events.
 */
class RemoteStorageTest {
  private static final URI A = URI.create("rec://a/data/");
  private static final URI B = URI.create("rec://b/data/");

  @TempDir Path store;

  /** Clients that note when they are opened and closed; closing {@code failing} fails. */
  private static final class Recording extends StubStorage {
    final List<String> events = new ArrayList<>();
    final Set<URI> failing;

    Recording(Set<URI> failing) {
      super("rec");
      this.failing = failing;
    }

    @Override
    public StorageClient open(StorageSettings settings, URI base) {
      events.add("open " + base.getHost());
      return new Client() {
        @Override
        public void close() throws IOException {
          events.add("close " + base.getHost());
          if (failing.contains(base)) {
            throw new IOException("cannot close " + base.getHost());
          }
        }
      };
    }
  }

  private RemoteFs fs(Recording provider, String name, URI... bases) {
    return provider.fs(name, 0, store.resolve("cache"), bases);
  }

  @Test
  void onlyNamedFsSectionsMakeFileSystems() {
    RemoteStorage storage = RemoteStorage.of(TestRemote.config(store, Map.of(
        "fs.", Map.of(), "fsx", Map.of(), "core", Map.of(),
        "fs.out", Map.of("base", store.toUri().toString()))));
    assertThat(storage.all()).hasSize(1);
    assertThat(storage.find("out").settings().fs()).isEqualTo("out");
    assertThat(RemoteStorage.none().all()).isEmpty();
    assertThat(RemoteStorage.none().find("out")).isNull();
  }

  @Test
  void anUnconfiguredFileSystemNamesTheSectionToAdd() {
    IOException e = assertThrows(IOException.class, () -> RemoteStorage.none().fs("out"));
    assertThat(e).hasMessageThat().isEqualTo(RemoteStorage.notConfigured("out"));
    assertThat(e).hasMessageThat().startsWith("no file system 'out' is configured: add a section"
        + " [fs.out] to docket.cfg with base = ");
  }

  @Test
  void closingPutsBackTheRegistryInstalledBefore() throws IOException {
    RemoteStorage before = RemoteStorage.current();
    RemoteStorage first = RemoteStorage.install(RemoteStorage.none());
    RemoteStorage second = RemoteStorage.install(RemoteStorage.none());
    assertThat(RemoteStorage.current()).isSameInstanceAs(second);
    first.close(); // not the one in use: nothing changes
    assertThat(RemoteStorage.current()).isSameInstanceAs(second);
    second.close();
    assertThat(RemoteStorage.current()).isSameInstanceAs(first);
    RemoteStorage.current().close();
    assertThat(RemoteStorage.current()).isSameInstanceAs(before);
    RemoteStorage.none().close(); // never installed
    assertThat(RemoteStorage.current()).isSameInstanceAs(before);
  }

  @Test
  void closingClosesEveryOpenedClientOnceAndReportsTheFirstFailure() throws IOException {
    Recording provider = new Recording(Set.of(A, B));
    RemoteFs one = fs(provider, "one", A, B);
    RemoteFs two = fs(new Recording(Set.of()), "two", A);
    one.stat("x"); // opens A
    one.stat("y"); // opens B
    one.stat("z"); // A again, already open
    assertThat(provider.events).containsExactly("open a", "open b").inOrder();

    RemoteStorage storage = new RemoteStorage(Map.of("one", one, "two", two));
    IOException e = assertThrows(IOException.class, storage::close);
    assertThat(e).hasMessageThat().isEqualTo("cannot close a");
    assertThat(provider.events).containsExactly("open a", "open b", "close a", "close b")
        .inOrder();

    // Closed clients are forgotten: the next request opens a new one, closing again closes it.
    one.stat("w");
    assertThat(provider.events).hasSize(5);
    assertThat(provider.events.get(4)).isEqualTo("open b");
    IOException again = assertThrows(IOException.class, one::close);
    assertThat(again).hasMessageThat().isEqualTo("cannot close b");
  }

  @Test
  void closingWithoutFailuresThrowsNothing() throws IOException {
    Recording provider = new Recording(Set.of());
    RemoteFs one = fs(provider, "one", A);
    one.stat("x");
    new RemoteStorage(Map.of("one", one)).close();
    assertThat(provider.events).containsExactly("open a", "close a").inOrder();
  }

  @Test
  void theEventsLineUsesTheSingularForOne() {
    RemoteFs one = fs(new Recording(Set.of()), "one", A);
    RemoteStorage storage = new RemoteStorage(Map.of("one", one));
    storage.addReported("remote storage: [fs.one] 1 retry, 1 failover, 1 stale upload temporary"
        + " removed");
    assertThat(storage.eventsLine()).hasValue("remote storage: [fs.one] 1 retry, 1 failover,"
        + " 1 stale upload temporary removed");
    storage.addReported("remote storage: [fs.one] 1 failover");
    assertThat(storage.eventsLine()).hasValue("remote storage: [fs.one] 1 retry, 2 failovers,"
        + " 1 stale upload temporary removed");
    assertThat(one.counts().retries()).isEqualTo(1);
    assertThat(one.counts().failovers()).isEqualTo(2);
    assertThat(one.counts().staleRemoved()).isEqualTo(1);
  }
}
