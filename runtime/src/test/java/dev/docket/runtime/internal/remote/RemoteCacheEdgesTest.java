package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The cache's edges: records it cannot trust, a confirmation renewed by a stat, the size limit
 * met exactly, eviction from another thread, and what cannot be localized.
 */
class RemoteCacheEdgesTest {
  private static final long HOUR = 3_600_000L;
  private static final long TIME = 1_000_000L;

  @RegisterExtension final FileRemote remote = FileRemote.later();

  private Path record(RemoteFs fs, String name) {
    return fs.cache().root().resolve("files").resolve("." + name + RemoteCache.RECORD_SUFFIX);
  }

  /** Rewrites the record's confirmation time (its second line) to {@code confirmed}. */
  private void confirmed(RemoteFs fs, String name, String confirmed) throws IOException {
    String first = Files.readString(record(fs, name)).split("\n")[0];
    Files.writeString(record(fs, name), first + "\n" + confirmed + "\n");
  }

  @Test
  void aRecordThatCannotBeTrustedIsCheckedWithAStat() throws IOException {
    RemoteFs fs = remote.install("cache-max-age", "1h");
    remote.write("h.txt", "one", TIME);
    fs.cache().localized("h.txt");
    long stats = fs.counts().stats();

    confirmed(fs, "h.txt", String.valueOf(System.currentTimeMillis() + HOUR)); // clock set back
    fs.cache().localized("h.txt");
    assertThat(fs.counts().stats()).isEqualTo(stats + 1);

    confirmed(fs, "h.txt", "soon");
    fs.cache().localized("h.txt");
    assertThat(fs.counts().stats()).isEqualTo(stats + 2);

    // A record of an older version: the remote size and time only.
    String first = Files.readString(record(fs, "h.txt")).split("\n")[0];
    Files.writeString(record(fs, "h.txt"), first + "\n");
    fs.cache().localized("h.txt");
    assertThat(fs.counts().stats()).isEqualTo(stats + 3);
    assertThat(fs.counts().transfers()).isEqualTo(1);
  }

  @Test
  void aRecordWithoutItsCopyIsFetchedAgain() throws IOException {
    RemoteFs fs = remote.install("cache-max-age", "1h");
    remote.write("h.txt", "one", TIME);
    Path copy = fs.cache().localized("h.txt");
    Files.delete(copy);
    assertThat(Files.readString(fs.cache().localized("h.txt"))).isEqualTo("one");
    assertThat(fs.counts().transfers()).isEqualTo(2);
  }

  @Test
  void aStatThatFindsTheCopyCurrentConfirmsItAgain() throws IOException {
    RemoteFs fs = remote.install("cache-max-age", "1h");
    remote.write("h.txt", "one", TIME);
    fs.cache().localized("h.txt");
    confirmed(fs, "h.txt", String.valueOf(System.currentTimeMillis() - 2 * HOUR));
    fs.cache().localized("h.txt"); // asks, finds it unchanged: confirmed now
    long stats = fs.counts().stats();
    fs.cache().localized("h.txt");
    assertThat(fs.counts().stats()).isEqualTo(stats);
    assertThat(fs.counts().transfers()).isEqualTo(1);
  }

  @Test
  void aCacheExactlyAtItsLimitKeepsEveryCopy() throws IOException {
    RemoteFs fs = remote.install("cache-size", "20");
    remote.write("a", "0123456789", TIME);
    remote.write("b", "0123456789", TIME);
    Path a = fs.cache().localized("a");
    Path b = fs.cache().localized("b");
    assertThat(Files.exists(a)).isTrue();
    assertThat(Files.exists(b)).isTrue();
  }

  @Test
  void anotherThreadEvictsAfterThisOne() throws Exception {
    RemoteFs fs = remote.install("cache-size", "15");
    remote.write("a", "0123456789", TIME);
    remote.write("b", "0123456789", TIME);
    remote.write("c", "0123456789", TIME);
    Path a = fs.cache().localized("a");
    Files.setLastModifiedTime(record(fs, "a"),
        FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    fs.cache().localized("b"); // 20 bytes: a goes
    assertThat(Files.exists(a)).isFalse();
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Path c = other.submit(() -> fs.cache().localized("c")).get();
      assertThat(Files.exists(c)).isTrue();
      assertThat(Files.exists(fs.cache().root().resolve("files/b"))).isFalse();
    } finally {
      other.shutdown();
    }
  }

  @Test
  void aMissingFileOrADirectoryCannotBeLocalized() throws IOException {
    RemoteFs fs = remote.install();
    NoSuchFileException missing =
        assertThrows(NoSuchFileException.class, () -> fs.cache().localized("none.txt"));
    assertThat(missing).hasMessageThat()
        .isEqualTo(fs.url("none.txt") + ": no such remote file");
    Files.createDirectories(remote.base().resolve("dir"));
    IOException directory = assertThrows(IOException.class, () -> fs.cache().localized("dir"));
    assertThat(directory).hasMessageThat()
        .isEqualTo(fs.url("dir") + " is a directory; only a file can be localized");
  }

  @Test
  void forgettingACopyMakesTheNextUseFetchIt() throws IOException {
    RemoteFs fs = remote.install("cache-max-age", "1h");
    remote.write("h.txt", "one", TIME);
    fs.cache().localized("h.txt");
    fs.cache().forget("h.txt");
    assertThat(Files.exists(record(fs, "h.txt"))).isFalse();
    fs.cache().localized("h.txt");
    assertThat(fs.counts().transfers()).isEqualTo(2);
  }

  @Test
  void theLastUseIsTheRecordsTimeAndWithoutARecordTheCopys() throws IOException {
    RemoteFs fs = remote.install("cache-size", "25");
    remote.write("a", "0123456789", TIME);
    remote.write("b", "0123456789", TIME);
    remote.write("c", "0123456789", TIME);
    Path a = fs.cache().localized("a");
    Path b = fs.cache().localized("b");
    long now = System.currentTimeMillis();
    // a's copy is older, but a was used last: its record says so.
    Files.setLastModifiedTime(a, FileTime.fromMillis(now - 120_000));
    Files.setLastModifiedTime(b, FileTime.fromMillis(now - 60_000));
    Files.setLastModifiedTime(record(fs, "a"), FileTime.fromMillis(now - 10_000));
    Files.setLastModifiedTime(record(fs, "b"), FileTime.fromMillis(now - 50_000));
    Path c = fs.cache().localized("c");
    assertThat(Files.exists(a)).isTrue();
    assertThat(Files.exists(b)).isFalse();
    assertThat(Files.exists(c)).isTrue();

    // A copy whose record is gone counts by its own time.
    fs.cache().forget("a");
    Files.setLastModifiedTime(record(fs, "c"), FileTime.fromMillis(now));
    remote.write("b", "01234", TIME);
    fs.cache().localized("b"); // 25 bytes: fits
    remote.write("d", "01", TIME);
    fs.cache().localized("d"); // 27 bytes: a, the oldest by its copy's time, goes
    assertThat(Files.exists(a)).isFalse();
    assertThat(Files.exists(c)).isTrue();
  }
}
