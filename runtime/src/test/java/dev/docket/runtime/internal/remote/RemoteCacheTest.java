package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The cache is checked against the remote size and time, evicts LRU and is shared safely. */
class RemoteCacheTest {
  @RegisterExtension final FileRemote remote = FileRemote.later();

  @Test
  void aCopyIsReusedUntilTheRemoteFileChanges() throws IOException {
    RemoteFs fs = remote.install("cache", remote.temp().resolve("cache").toString());
    remote.write("a/h.txt", "one", 1_000_000);
    Path copy = fs.cache().localized("a/h.txt");
    assertThat(copy).isEqualTo(remote.temp().resolve("cache/files/a/h.txt"));
    assertThat(Files.readString(copy)).isEqualTo("one");
    fs.cache().localized("a/h.txt");
    assertThat(fs.counts().transfers()).isEqualTo(1);

    // Same size, newer time: fetched again.
    remote.write("a/h.txt", "two", 2_000_000);
    assertThat(Files.readString(fs.cache().localized("a/h.txt"))).isEqualTo("two");
    // Same time, other size: fetched again.
    remote.write("a/h.txt", "three", 2_000_000);
    assertThat(Files.readString(fs.cache().localized("a/h.txt"))).isEqualTo("three");
    assertThat(fs.counts().transfers()).isEqualTo(3);
  }

  @Test
  void beyondItsSizeTheLeastRecentlyUsedCopiesGo() throws IOException {
    RemoteFs fs = remote.install("cache-size", "25");
    for (String name : List.of("a", "b", "c")) {
      remote.write(name, "0123456789", 1_000_000);
    }
    Path a = fs.cache().localized("a");
    Path b = fs.cache().localized("b");
    Files.setLastModifiedTime(a.resolveSibling(".a" + RemoteCache.RECORD_SUFFIX),
        FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Files.setLastModifiedTime(b.resolveSibling(".b" + RemoteCache.RECORD_SUFFIX),
        FileTime.fromMillis(System.currentTimeMillis() - 30_000));
    Path c = fs.cache().localized("c"); // 30 bytes > 25: a, the oldest use, goes
    assertThat(Files.exists(a)).isFalse();
    assertThat(Files.exists(b)).isTrue();
    assertThat(Files.exists(c)).isTrue();
    // Used again: fetched again, and b goes.
    fs.cache().localized("a");
    assertThat(Files.exists(b)).isFalse();
    assertThat(fs.counts().transfers()).isEqualTo(4);
  }

  @Test
  void concurrentUsersOfOneEntryFetchItOnceAndSeeWholeCopies() throws Exception {
    RemoteFs fs = remote.install();
    String content = "x".repeat(1 << 20);
    remote.write("big.txt", content, 1_000_000);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> reads = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        reads.add(pool.submit(() -> Files.readString(fs.cache().localized("big.txt"))));
      }
      for (Future<String> read : reads) {
        assertThat(read.get().length()).isEqualTo(content.length());
      }
    } finally {
      pool.shutdown();
    }
    assertThat(fs.counts().transfers()).isEqualTo(1);
  }

  @Test
  void withAMaxAgeACopyConfirmedRecentlyIsUsedWithoutAStat() throws IOException {
    RemoteFs fs = remote.install("cache-max-age", "1h");
    remote.write("h.txt", "one", 1_000_000);
    assertThat(Files.readString(fs.cache().localized("h.txt"))).isEqualTo("one");
    long stats = fs.counts().stats();

    // Another writer changes the file: within the hour the copy is used without asking.
    remote.write("h.txt", "other", 2_000_000);
    assertThat(Files.readString(fs.cache().localized("h.txt"))).isEqualTo("one");
    assertThat(fs.counts().stats()).isEqualTo(stats);

    // Confirmed longer ago than the hour: asked again, and fetched again.
    Path record = remote.temp().resolve("store/.docket/cache/out/files/.h.txt" + RemoteCache.RECORD_SUFFIX);
    String[] lines = Files.readString(record).split("\n");
    Files.writeString(record, lines[0] + "\n" + (System.currentTimeMillis() - 3_700_000) + "\n");
    assertThat(Files.readString(fs.cache().localized("h.txt"))).isEqualTo("other");
    assertThat(fs.counts().stats()).isEqualTo(stats + 1);

    // A write through the runtime forgets the copy at once.
    try (var out = RemoteUpload.open(fs, "h.txt")) {
      out.write("mine".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
    assertThat(Files.readString(fs.cache().localized("h.txt"))).isEqualTo("mine");
  }

  @Test
  void withoutAMaxAgeEveryUseAsks() throws IOException {
    RemoteFs fs = remote.install();
    remote.write("h.txt", "one", 1_000_000);
    fs.cache().localized("h.txt");
    long stats = fs.counts().stats();
    fs.cache().localized("h.txt");
    fs.cache().localized("h.txt");
    assertThat(fs.counts().stats()).isEqualTo(stats + 2);
    assertThat(fs.counts().transfers()).isEqualTo(1);
  }
}
