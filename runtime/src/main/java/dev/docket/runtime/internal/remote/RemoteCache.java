package dev.docket.runtime.internal.remote;

import dev.docket.runtime.internal.store.FileLocks;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Local copies of one file system's files, at their relative path under {@code files/} of the
 * cache directory. Beside each copy a small record ({@code .<name>.docket-cache}) keeps the
 * remote size and modification time it was fetched at, and its own modification time is when
 * the copy was last used: a copy whose remote file changed is fetched again, and beyond the
 * size limit the least recently used copies go.
 *
 * <p>Knowing whether the remote file changed costs a stat per use. The record also keeps when
 * the storage last confirmed the copy; within {@code cache-max-age} of that the copy is used
 * without asking (zero, the default: every use asks). A write or removal through this runtime
 * forgets the copy, so only another writer's change can go unseen, and only for that long.
 *
 * <p>Runs and jobs on one machine share a cache: a copy is fetched under a lock of its own
 * (a file lock, so other processes wait too) into a temporary file that is renamed into place,
 * so a reader sees an old whole copy or a new whole one; eviction runs under the cache's lock
 * and is skipped while another process evicts.
 */
public final class RemoteCache {
  static final String RECORD_SUFFIX = ".docket-cache";
  private static final String LOCK_SUFFIX = ".docket-lock";

  /**
   * The JVM refuses a second lock on a file it already locks, so threads of this process take
   * turns on a stripe first; the file lock keeps other processes out.
   */
  private static final ReentrantLock[] STRIPES = new ReentrantLock[64];

  static {
    for (int i = 0; i < STRIPES.length; i++) {
      STRIPES[i] = new ReentrantLock();
    }
  }

  private final RemoteFs fs;
  private final Path root;
  private final long limit;
  private final long maxAgeMillis;

  RemoteCache(RemoteFs fs, Path root, long limit, Duration maxAge) {
    this.fs = fs;
    this.root = root;
    this.limit = limit;
    this.maxAgeMillis = maxAge.toMillis();
  }

  /** The directory of the cache. */
  public Path root() {
    return root;
  }

  /**
   * A current local copy of the file at {@code path} (a safe relative path): the cached one when
   * the remote size and time are still those it was fetched at, else a fresh one.
   */
  public Path localized(String path) throws IOException {
    Path copy = root.resolve("files").resolve(path);
    Path record = copy.resolveSibling("." + copy.getFileName() + RECORD_SUFFIX);
    if (maxAgeMillis > 0 && confirmedRecently(copy, record)) {
      try {
        Files.setLastModifiedTime(record, FileTime.fromMillis(System.currentTimeMillis()));
        return copy;
      } catch (NoSuchFileException e) {
        // evicted by another process meanwhile: fetched again below
      }
    }
    RemoteEntry remote = fs.stat(path).orElseThrow(
        () -> new NoSuchFileException(fs.url(path).toString(), null, "no such remote file"));
    if (remote.directory()) {
      throw new IOException(fs.url(path) + " is a directory; only a file can be localized");
    }
    Path lockFile = copy.resolveSibling("." + copy.getFileName() + LOCK_SUFFIX);
    Files.createDirectories(copy.getParent());
    String wanted = remote.size() + " " + remote.lastModified();
    boolean fetched = false;
    ReentrantLock stripe = STRIPES[Math.floorMod(copy.hashCode(), STRIPES.length)];
    stripe.lock();
    try (FileChannel channel = FileChannel.open(
            lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = FileLocks.waitFor(channel, "the cache entry " + copy)) {
      if (!(Files.isRegularFile(copy) && wanted.equals(readRecord(record)[0]))) {
        Path temp = copy.resolveSibling(
            "." + copy.getFileName() + ".docket-" + UUID.randomUUID() + ".tmp");
        try {
          fs.download(path, temp);
          move(temp, copy);
        } finally {
          Files.deleteIfExists(temp);
        }
        fetched = true;
      }
      if (fetched || maxAgeMillis > 0) {
        Files.writeString(record, wanted + "\n" + System.currentTimeMillis() + "\n",
            StandardCharsets.UTF_8);
      }
      Files.setLastModifiedTime(record, FileTime.fromMillis(System.currentTimeMillis()));
    } finally {
      stripe.unlock();
    }
    if (fetched) {
      try {
        evict(copy);
      } catch (IOException | java.io.UncheckedIOException e) {
        // Eviction is housekeeping: the copy is good, and the next fetch tries again.
      }
    }
    return copy;
  }

  /** Forgets the copy of {@code path}, after the remote file was written or removed. */
  public void forget(String path) throws IOException {
    Path copy = root.resolve("files").resolve(path);
    Files.deleteIfExists(copy.resolveSibling("." + copy.getFileName() + RECORD_SUFFIX));
  }

  /**
   * Whether the storage confirmed the copy less than {@code cache-max-age} ago; a record of an
   * older version (no time) or from the future (a clock set back) never is.
   */
  private boolean confirmedRecently(Path copy, Path record) throws IOException {
    String[] lines = readRecord(record);
    if (lines.length < 2 || !Files.isRegularFile(copy)) {
      return false;
    }
    try {
      long age = System.currentTimeMillis() - Long.parseLong(lines[1].strip());
      return age >= 0 && age < maxAgeMillis;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The record's lines: the remote size and time, then when they were confirmed (if kept). */
  private static String[] readRecord(Path record) throws IOException {
    try {
      return Files.readString(record, StandardCharsets.UTF_8).strip().split("\n");
    } catch (NoSuchFileException e) {
      return new String[] {null};
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** One cached copy: its file, record and size, and when it was last used. */
  private record Copy(Path file, Path record, long size, long used) {}

  /**
   * Removes the least recently used copies until the cache fits its limit, keeping {@code
   * keep} (the copy just fetched, which a caller is about to read). Another process evicting
   * already does the work, so this one does not wait for it.
   */
  void evict(Path keep) throws IOException {
    if (!EVICTING.tryLock()) {
      return;
    }
    try {
      evictAcrossProcesses(keep);
    } finally {
      EVICTING.unlock();
    }
  }

  private static final ReentrantLock EVICTING = new ReentrantLock();

  private void evictAcrossProcesses(Path keep) throws IOException {
    Files.createDirectories(root);
    try (FileChannel channel = FileChannel.open(root.resolve(".evict" + LOCK_SUFFIX),
            StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock == null) {
        return;
      }
      List<Copy> copies = copies();
      long total = copies.stream().mapToLong(Copy::size).sum();
      copies.sort(Comparator.comparingLong(Copy::used));
      for (Copy copy : copies) {
        if (total <= limit) {
          break;
        }
        if (copy.file().equals(keep)) {
          continue;
        }
        Files.deleteIfExists(copy.record());
        Files.deleteIfExists(copy.file());
        total -= copy.size();
      }
    }
  }

  private List<Copy> copies() throws IOException {
    List<Copy> copies = new ArrayList<>();
    Path files = root.resolve("files");
    if (!Files.isDirectory(files)) {
      return copies;
    }
    Files.walkFileTree(files, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        String name = file.getFileName().toString();
        if (name.startsWith(".") || !attributes.isRegularFile()) {
          return FileVisitResult.CONTINUE;
        }
        Path record = file.resolveSibling("." + name + RECORD_SUFFIX);
        try {
          long used = Files.exists(record)
              ? Files.getLastModifiedTime(record).toMillis()
              : attributes.lastModifiedTime().toMillis();
          copies.add(new Copy(file, record, attributes.size(), used));
        } catch (IOException e) {
          // evicted or replaced meanwhile
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        return FileVisitResult.CONTINUE; // another process's temporary file, renamed meanwhile
      }
    });
    return copies;
  }
}
