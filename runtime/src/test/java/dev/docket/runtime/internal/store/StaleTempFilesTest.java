package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep of abandoned temporary files: what it removes and counts, what it leaves, and the
 * background thread that the end of a run waits for.
 */
class StaleTempFilesTest {
  @TempDir Path dir;

  private final TempOwner self = TempOwner.current();

  /** Another machine's temporary file, untouched for two days: abandoned by any reading. */
  private Path abandoned(String name) throws IOException {
    Path file = Files.writeString(
        dir.resolve(AtomicFiles.TEMP_PREFIX + "0123456789ab-1-0-1-" + name), "partial");
    Files.setLastModifiedTime(
        file, FileTime.fromMillis(System.currentTimeMillis() - TimeUnit.DAYS.toMillis(2)));
    return file;
  }

  @Test
  void removesAndCountsOnlyAbandonedTemporaryFiles() throws IOException {
    abandoned("a.txt");
    abandoned("b.txt");
    Path own = Files.writeString(
        dir.resolve(AtomicFiles.TEMP_PREFIX + self.token() + "-1-c.txt"), "being written");
    Files.setLastModifiedTime(own, FileTime.fromMillis(0));
    Path recentForeign = Files.writeString(
        dir.resolve(AtomicFiles.TEMP_PREFIX + "0123456789ab-1-0-1-d.txt"), "may be live");
    Path output = Files.writeString(dir.resolve("0123456789ab-1-0-1-e.txt"), "an output");
    Files.setLastModifiedTime(output, FileTime.fromMillis(0));

    assertThat(StaleTempFiles.remove(dir, self)).isEqualTo(2);
    assertThat(names()).containsExactly(own.getFileName().toString(),
        recentForeign.getFileName().toString(), output.getFileName().toString());
    assertThat(StaleTempFiles.remove(dir, self)).isEqualTo(0);
  }

  @Test
  void aDirectoryThatCannotBeListedRemovesNothing() throws IOException {
    assertThat(StaleTempFiles.remove(dir.resolve("missing"), self)).isEqualTo(0);
    Path file = Files.writeString(dir.resolve("file"), "not a directory");
    assertThat(StaleTempFiles.remove(file, self)).isEqualTo(0);
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void theEndOfARunWaitsUntilTheDirectoriesAskedForAreSwept() throws IOException {
    // Enough files that a wait which returned at once would find some still there.
    Path sub = Files.createDirectories(dir.resolve("many"));
    for (int i = 0; i < 400; i++) {
      Path file = Files.writeString(
          sub.resolve(AtomicFiles.TEMP_PREFIX + "0123456789ab-1-0-1-" + i + ".txt"), "x");
      Files.setLastModifiedTime(file, FileTime.fromMillis(0));
    }
    Path other = Files.createDirectories(dir.resolve("other"));
    Path stale = Files.writeString(
        other.resolve(AtomicFiles.TEMP_PREFIX + "0123456789ab-1-0-1-x.txt"), "x");
    Files.setLastModifiedTime(stale, FileTime.fromMillis(0));

    StaleTempFiles.removeLater(sub);
    StaleTempFiles.removeLater(other);
    long started = System.nanoTime();
    StaleTempFiles.awaitSwept(TimeUnit.SECONDS.toMillis(60));
    long waited = System.nanoTime() - started;

    try (Stream<Path> left = Files.list(sub)) {
      assertThat(left.count()).isEqualTo(0);
    }
    assertThat(Files.exists(stale)).isFalse();
    // It returned when the sweep was done, not at the end of its limit.
    assertThat(waited).isLessThan(TimeUnit.SECONDS.toNanos(30));

    List<Thread> sweepers = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("docket-temp-sweep")).toList();
    assertThat(sweepers).hasSize(1); // one thread for every directory, kept for the next
    assertThat(sweepers.get(0).isDaemon()).isTrue(); // never keeps the JVM from ending
  }

  @Test
  void withNothingPendingTheWaitReturnsAtOnce() {
    StaleTempFiles.awaitSwept(0);
    long started = System.nanoTime();
    StaleTempFiles.awaitSwept(TimeUnit.SECONDS.toMillis(60));
    assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(30));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
