package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TestStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output locks that keep two runs (and two workers) from running one task at once. */
class OutputLocksTest {
  @TempDir Path store;
  private OutputLocks locks;
  private List<Target> outputs;

  @BeforeEach
  void setUp() {
    TestStores.reset(store);
    locks = OutputLocks.of(store);
    outputs = List.of(LocalFileTarget.of("a.txt"));
  }

  /** The lock of {@code output}: the byte of its bucket, its location's hash. */
  private long lockFile(Target output) {
    return Math.floorMod(output.describe().hashCode(), OutputLocks.BUCKETS);
  }

  /** Whether this process holds the byte's lock (the JVM refuses a second, overlapping one). */
  private boolean fileLocked(long bucket) throws IOException {
    Path file = store.resolve(".docket/locks/" + OutputLocks.FILE);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock(bucket, 1, false);
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    }
  }

  private CompletableFuture<Void> acquireElsewhere() {
    return CompletableFuture.runAsync(
        () -> {
          try (OutputLocks.Held held = locks.acquire(outputs)) {
            // taken and given back
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  @Test
  void oneInstancePerStore_howeverItsPathIsWritten() {
    assertThat(OutputLocks.of(store.resolve("sub/.."))).isSameInstanceAs(locks);
    assertThat(OutputLocks.of(store.resolve("other"))).isNotSameInstanceAs(locks);
  }

  @Test
  void anOutputsLockIsAFileLockOnItsBucketUntilReleased() throws IOException {
    long file = lockFile(outputs.get(0));
    try (OutputLocks.Held held = locks.acquire(outputs)) {
      assertThat(fileLocked(file)).isTrue();
    }
    assertThat(fileLocked(file)).isFalse();
  }

  @Test
  void anotherWorkerWaitsUntilTheHolderReleases() throws Exception {
    OutputLocks.Held first = locks.acquire(outputs);
    CompletableFuture<Void> second = acquireElsewhere();
    Thread.sleep(300);
    assertThat(second.isDone()).isFalse();
    first.close();
    second.get(30, TimeUnit.SECONDS);
  }

  @Test
  void theHoldingThreadTakesItAgain_andKeepsItUntilTheOuterRelease() throws Exception {
    // A dynamic dependency runs on its requester's thread, which may hold the bucket already.
    OutputLocks.Held outer = locks.acquire(outputs);
    OutputLocks.Held inner = locks.acquire(outputs);
    inner.close();
    assertThat(fileLocked(lockFile(outputs.get(0)))).isTrue();
    CompletableFuture<Void> other = acquireElsewhere();
    Thread.sleep(300);
    assertThat(other.isDone()).isFalse();
    outer.close();
    other.get(30, TimeUnit.SECONDS);
  }

  @Test
  void outputsInDifferentBucketsAreIndependent() throws Exception {
    Target b = LocalFileTarget.of("b.txt");
    assertThat(lockFile(b)).isNotEqualTo(lockFile(outputs.get(0)));
    try (OutputLocks.Held held = locks.acquire(List.of(b))) {
      acquireElsewhere().get(30, TimeUnit.SECONDS); // a.txt is free
    }
  }

  @Test
  void aTaskHoldsTheLocksOfAllItsOutputs() throws Exception {
    Target b = LocalFileTarget.of("b.txt");
    OutputLocks.Held both = locks.acquire(List.of(b, outputs.get(0)));
    assertThat(fileLocked(lockFile(b))).isTrue();
    assertThat(fileLocked(lockFile(outputs.get(0)))).isTrue();
    both.close();
    assertThat(fileLocked(lockFile(b))).isFalse();
    assertThat(fileLocked(lockFile(outputs.get(0)))).isFalse();
  }

  @Test
  void aLockFileThatCannotBeCreatedIsAnIOException() throws Exception {
    java.nio.file.Files.writeString(store.resolve(".docket"), "a file, not a directory");
    OutputLocks elsewhere = OutputLocks.of(store);
    assertThrows(IOException.class, () -> elsewhere.acquire(outputs));
    // Nothing stays held: another thread takes the lock at once.
    java.nio.file.Files.delete(store.resolve(".docket"));
    acquireElsewhere().get(30, TimeUnit.SECONDS);
  }

  @Test
  void theLockFileIsOpenedOnceNotPerTask() throws Exception {
    // Every descriptor this process holds is one more for each program a task starts to close.
    Path descriptors = Path.of("/proc/self/fd");
    assumeTrue(Files.isDirectory(descriptors), "counts descriptors through Linux's /proc");
    locks.acquire(outputs).close();
    long before = count(descriptors);
    for (int i = 0; i < 100; i++) {
      locks.acquire(outputs).close();
    }
    assertThat(count(descriptors) - before).isLessThan(50L);
  }

  private static long count(Path directory) throws IOException {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.count();
    }
  }
}
