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

  /** A directory of {@code count} abandoned temporary files. */
  private Path manyAbandoned(String name, int count) throws IOException {
    Path sub = Files.createDirectories(dir.resolve(name));
    for (int i = 0; i < count; i++) {
      Path file = Files.writeString(
          sub.resolve(AtomicFiles.TEMP_PREFIX + "0123456789ab-1-0-1-" + i + ".txt"), "x");
      Files.setLastModifiedTime(file, FileTime.fromMillis(0));
    }
    return sub;
  }

  private static long count(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.count();
    }
  }

  /** A sweeper of its own (the process's started with an earlier test), watched from its start. */
  @Test
  void theEndOfARunWaitsUntilTheDirectoriesAskedForAreSwept() throws IOException {
    StaleTempFiles sweeps = new StaleTempFiles();
    // Enough files that a wait which returned at once would find some still there.
    Path sub = manyAbandoned("many", 400);
    Path other = manyAbandoned("other", 1);

    sweeps.sweepLater(sub);
    Thread sweeper = sweeps.sweeper;
    sweeps.sweepLater(other);
    long started = System.nanoTime();
    sweeps.await(TimeUnit.SECONDS.toMillis(60));
    long waited = System.nanoTime() - started;

    assertThat(count(sub)).isEqualTo(0);
    assertThat(count(other)).isEqualTo(0);
    // It returned when the sweep was done, not at the end of its limit.
    assertThat(waited).isLessThan(TimeUnit.SECONDS.toNanos(30));
    // One thread for every directory, kept for the next; it never keeps the JVM from ending.
    assertThat(sweeps.sweeper).isSameInstanceAs(sweeper);
    assertThat(sweeper.getName()).isEqualTo("docket-temp-sweep");
    assertThat(sweeper.isDaemon()).isTrue();
    assertThat(sweeper.isAlive()).isTrue();

    // A directory asked for after the wait is swept by the same thread.
    Path later = manyAbandoned("later", 3);
    sweeps.sweepLater(later);
    sweeps.await(TimeUnit.SECONDS.toMillis(60));
    assertThat(count(later)).isEqualTo(0);
    assertThat(sweeps.sweeper).isSameInstanceAs(sweeper);
  }

  @Test
  void theProcesssSweeperSweepsWhatAWriteAsksFor() throws IOException {
    Path sub = manyAbandoned("shared", 400); // a wait that returned at once would see some
    StaleTempFiles.removeLater(sub);
    StaleTempFiles.awaitSwept(TimeUnit.SECONDS.toMillis(60));
    assertThat(count(sub)).isEqualTo(0);
  }

  @Test
  void withNothingPendingTheWaitReturnsAtOnce() {
    StaleTempFiles sweeps = new StaleTempFiles();
    long started = System.nanoTime();
    sweeps.await(TimeUnit.SECONDS.toMillis(60));
    StaleTempFiles.awaitSwept(TimeUnit.SECONDS.toMillis(60));
    assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(30));
    assertThat(sweeps.sweeper).isNull(); // no thread until there is something to sweep
  }

  @Test
  void anInterruptEndsTheWaitAndIsKept() throws IOException {
    StaleTempFiles sweeps = new StaleTempFiles();
    Path sub = manyAbandoned("held", 1);
    long started = System.nanoTime();
    // Holding the queue's lock keeps the sweeper from taking the directory: it stays pending.
    synchronized (sweeps.pending) {
      sweeps.sweepLater(sub);
      Thread.currentThread().interrupt();
      sweeps.await(TimeUnit.SECONDS.toMillis(60));
      assertThat(Thread.interrupted()).isTrue();
    }
    assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(30));
    sweeps.await(TimeUnit.SECONDS.toMillis(60));
    assertThat(count(sub)).isEqualTo(0);
  }

  private List<String> names() throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
