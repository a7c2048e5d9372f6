package dev.docket.runtime.internal.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;

/**
 * Removes the temporary files in a directory that their writer abandoned (it was killed, the
 * machine lost power): those whose {@link TempOwner} is gone. A best effort: a file that cannot
 * be judged or removed is left.
 *
 * <p>Directories are swept on a background thread: listing one of 100,000 outputs takes 40 to
 * 200 ms, which the write that asked for it should not wait for. {@link #awaitSwept} lets the
 * end of a run wait for what is pending, briefly.
 */
final class StaleTempFiles {
  /** The process's sweeper; a test makes its own to watch one from its start. */
  private static final StaleTempFiles SHARED = new StaleTempFiles();

  final ArrayDeque<Path> pending = new ArrayDeque<>(); // also the lock; a test may hold it
  private int unfinished; // queued or being swept; guarded by pending
  Thread sweeper; // started by the first directory; guarded by pending

  StaleTempFiles() {}

  /** Sweeps {@code directory} soon, on the background thread. */
  static void removeLater(Path directory) {
    SHARED.sweepLater(directory);
  }

  /** Waits until every directory asked for was swept, at most {@code millis}. */
  static void awaitSwept(long millis) {
    SHARED.await(millis);
  }

  void sweepLater(Path directory) {
    synchronized (pending) {
      pending.add(directory);
      unfinished++;
      if (sweeper == null) {
        sweeper = new Thread(this::sweepPending, "docket-temp-sweep");
        sweeper.setDaemon(true);
        sweeper.start();
      }
      pending.notifyAll();
    }
  }

  void await(long millis) {
    long end = System.currentTimeMillis() + millis;
    synchronized (pending) {
      long left;
      while (unfinished > 0 && (left = end - System.currentTimeMillis()) > 0) {
        try {
          pending.wait(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private void sweepPending() {
    TempOwner self = TempOwner.current();
    while (true) {
      Path directory;
      synchronized (pending) {
        while (pending.isEmpty()) {
          try {
            pending.wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        directory = pending.poll();
      }
      try {
        remove(directory, self);
      } finally {
        synchronized (pending) {
          unfinished--;
          pending.notifyAll();
        }
      }
    }
  }

  /** Returns how many files were removed from {@code directory}. */
  static int remove(Path directory, TempOwner self) {
    int removed = 0;
    long now = System.currentTimeMillis();
    try (DirectoryStream<Path> temps =
        Files.newDirectoryStream(directory, AtomicFiles.TEMP_PREFIX + "*")) {
      for (Path temp : temps) {
        String name = temp.getFileName().toString().substring(AtomicFiles.TEMP_PREFIX.length());
        try {
          long modified = Files.getLastModifiedTime(temp).toMillis();
          if (self.abandoned(name, modified, now) && Files.deleteIfExists(temp)) {
            removed++;
          }
        } catch (NoSuchFileException gone) {
          // its writer renamed it into place meanwhile
        } catch (IOException | RuntimeException e) {
          // left for a later run
        }
      }
    } catch (IOException | RuntimeException e) {
      // nothing to clean, or the directory cannot be listed: the write says what is wrong
    }
    return removed;
  }
}
