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
 * <p>The locks are operating-system file locks ({@code fcntl}) on a fixed set of
 * {@value #BUCKETS} files in {@code <store>/.docket/locks/}: the kernel releases them when a
 * process dies, even by {@code SIGKILL}, so a crashed run never blocks the next one, and no
 * lock file is ever deleted (deleting a lock file that another process is waiting on would let
 * two processes hold "the" lock). An output's lock is the bucket of its location's hash; two
 * unrelated outputs in one bucket only wait for each other (and no output's path, however
 * written, can put a lock file anywhere else). Within this process a plain lock
 * per bucket keeps two workers apart, since the JVM holds file locks per process. Buckets are
 * taken in ascending order, so two tasks never deadlock. The lock files stay open for the life
 * of the process (at most {@value #BUCKETS} descriptors).
 */
final class OutputLocks {
  static final int BUCKETS = 256;

  private final Path directory;
  private final ReentrantLock[] local = new ReentrantLock[BUCKETS];
  private final FileChannel[] channels = new FileChannel[BUCKETS];

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
    int[] buckets =
        outputs.stream()
            .filter(output -> !(output instanceof CompositeTarget))
            .mapToInt(output -> Math.floorMod(output.describe().hashCode(), BUCKETS))
            .toArray();
    Arrays.sort(buckets);
    buckets = Arrays.stream(buckets).distinct().toArray();
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
        held.locks[i] = FileLocks.waitFor(channel(buckets[i]), "an output lock");
      }
    } catch (IOException | RuntimeException e) {
      held.close();
      throw e;
    }
    return held;
  }

  private synchronized FileChannel channel(int bucket) throws IOException {
    FileChannel channel = channels[bucket];
    if (channel == null || !channel.isOpen()) {
      Files.createDirectories(directory);
      channel =
          FileChannel.open(
              directory.resolve(String.format("%03d.lock", bucket)),
              StandardOpenOption.CREATE,
              StandardOpenOption.WRITE);
      channels[bucket] = channel;
    }
    return channel;
  }
}
