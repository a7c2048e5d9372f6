package dev.docket.runtime.internal.exec;

import dev.docket.runtime.Target;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.internal.store.FileLocks;
import dev.docket.runtime.internal.store.StoreDirectory;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Locks on task outputs shared by every run over the same store, so that several {@code run}
 * processes started at once on overlapping graphs run each task once: a task runs only while
 * its runner holds the locks of all its outputs; whoever comes second waits, then finds the
 * outputs written and skips the task.
 *
 * <p>The locks are operating-system record locks ({@code fcntl}) on the bytes of one file,
 * {@code <store>/.docket/locks/outputs.lock}: the kernel releases them when a process dies, even
 * by {@code SIGKILL}, so a crashed run never blocks the next one, and the lock file is never
 * deleted (deleting a lock file that another process is waiting on would let two processes
 * hold "the" lock). An output's lock is the byte at its bucket, the location's hash modulo
 * {@value #BUCKETS}; two unrelated outputs in one bucket only wait for each other (and no
 * output's path, however written, can put a lock anywhere else). Within this process a plain
 * lock per bucket keeps two workers apart, since the JVM holds file locks per process. Buckets
 * are taken in ascending order, so two tasks never deadlock.
 *
 * <p>One file, not one per bucket: every child process a task starts must close the parent's
 * descriptors before its program runs, and 256 of them cost more than the task's own program
 * (docs/performance.md). The file stays open for the life of the process.
 */
final class OutputLocks {
  static final int BUCKETS = 256;
  /** The lock file's name in {@code <store>/.docket/locks/}. */
  static final String FILE = "outputs.lock";

  private final Path directory;
  private final ReentrantLock[] local = new ReentrantLock[BUCKETS];
  private FileChannel channel;

  private static final java.util.Map<Path, OutputLocks> BY_STORE =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * The locks of {@code store}, one instance per store in this process: the JVM refuses a
   * second lock on a file it already locks, even through another channel.
   */
  static OutputLocks of(Path store) {
    return BY_STORE.computeIfAbsent(store.toAbsolutePath().normalize(), OutputLocks::new);
  }

  private OutputLocks(Path store) {
    this.directory = StoreDirectory.docketFiles(store).resolve("locks");
    for (int i = 0; i < BUCKETS; i++) {
      local[i] = new ReentrantLock();
    }
  }

  /** The locks held for one task; closing releases them. */
  final class Held implements AutoCloseable {
    private final int[] buckets;
    private final FileLock[] locks;

    private Held(int[] buckets) {
      this.buckets = buckets;
      this.locks = new FileLock[buckets.length];
    }

    @Override
    public void close() {
      for (int i = buckets.length - 1; i >= 0; i--) {
        try {
          if (locks[i] != null) {
            locks[i].release();
          }
        } catch (IOException e) {
          // the channel is gone: so is its lock
        }
        if (local[buckets[i]].isHeldByCurrentThread()) {
          local[buckets[i]].unlock();
        }
      }
    }
  }

  /** Waits for and takes the locks of {@code outputs}. */
  Held acquire(List<Target> outputs) throws IOException {
    // A composite target's parts are locked by the tasks that write them (see CompositeTarget).
    int[] all = new int[outputs.size()];
    int count = 0;
    for (Target output : outputs) {
      if (!(output instanceof CompositeTarget)) {
        all[count++] = Math.floorMod(output.describe().hashCode(), BUCKETS);
      }
    }
    Arrays.sort(all, 0, count);
    int distinct = 0;
    for (int i = 0; i < count; i++) {
      if (distinct == 0 || all[distinct - 1] != all[i]) {
        all[distinct++] = all[i];
      }
    }
    int[] buckets = Arrays.copyOf(all, distinct);
    Held held = new Held(buckets);
    try {
      for (int i = 0; i < buckets.length; i++) {
        if (local[buckets[i]].isHeldByCurrentThread()) {
          // A dynamic dependency runs on its requester's thread, which may hold this bucket
          // already: the file lock is this process's, so it is held; just count the entry.
          local[buckets[i]].lock();
          continue;
        }
        local[buckets[i]].lock();
        held.locks[i] = FileLocks.waitFor(channel(), buckets[i], 1, "an output lock");
      }
    } catch (IOException | RuntimeException e) {
      held.close();
      throw e;
    }
    return held;
  }

  private synchronized FileChannel channel() throws IOException {
    if (channel == null || !channel.isOpen()) {
      Files.createDirectories(directory);
      channel =
          FileChannel.open(
              directory.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }
    return channel;
  }
}
