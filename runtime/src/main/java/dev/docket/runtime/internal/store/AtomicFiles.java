package dev.docket.runtime.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes files so that a reader, or a later run, sees either nothing or the whole file: data
 * goes to a temporary sibling, which is renamed over the destination only once it is closed
 * without error. A process that dies midway leaves at most a temporary file whose name starts
 * with {@value #TEMP_PREFIX}, never a half-written output.
 *
 * <p>Temporary files do not outlive their writer for long. The name says who writes it
 * ({@link TempOwner}: machine, PID, start time), so the first time a process writes into a
 * directory it removes the temporary files there whose writer is gone (killed, power cut), on
 * a background thread that the end of the run waits for ({@link #awaitCleaned}). Only the
 * directories that a run writes into are looked at, so a run that writes nothing (the no-op)
 * lists no directory. An interrupted run removes its own open ones ({@link #abandonOpen}).
 *
 * <p>A failed write names the destination, never the temporary file: see
 * {@link OutputWriteException}.
 */
public final class AtomicFiles {
  public static final String TEMP_PREFIX = ".docket-tmp-";

  /** The destination's name is kept in the temporary name for people; so much of it at most. */
  private static final int NAME_KEPT = 100;

  private static final AtomicLong COUNTER = new AtomicLong();
  /** The temporary files this process has open, by path. */
  private static final Map<Path, AtomicStream> OPEN = new ConcurrentHashMap<>();
  /** The directories this process has written into (they existed then). */
  private static final Set<Path> MADE = ConcurrentHashMap.newKeySet();
  /** The directories this process has cleaned of abandoned temporary files. */
  private static final Set<Path> SWEPT = ConcurrentHashMap.newKeySet();

  private AtomicFiles() {}

  /** Opens a stream whose content replaces {@code destination} when it is closed. */
  public static OutputStream newOutputStream(Path destination) throws IOException {
    Path parent = destination.toAbsolutePath().getParent();
    String name = destination.getFileName().toString();
    Path temp =
        parent.resolve(
            TEMP_PREFIX + TempOwner.current().token() + "-"
                + Long.toString(COUNTER.incrementAndGet(), 36) + "-"
                + (name.length() > NAME_KEPT ? name.substring(0, NAME_KEPT) : name));
    OutputStream out;
    try {
      out = openInKnownDirectory(parent, temp);
      if (out == null) {
        Files.createDirectories(parent);
        out = Files.newOutputStream(temp);
        MADE.add(parent);
      }
      if (SWEPT.add(parent)) {
        StaleTempFiles.removeLater(parent);
      }
    } catch (IOException e) {
      throw OutputWriteException.of(destination, e);
    }
    AtomicStream stream = new AtomicStream(out, temp, destination);
    OPEN.put(temp, stream);
    return stream;
  }

  /**
   * The temporary file opened straight away when its directory was made or seen by an earlier
   * write of this process, else {@code null}: a task that writes thousands of files into one
   * directory would otherwise ask for that directory twice per file ({@code mkdir}, then
   * {@code stat}). A directory removed since is made again by the caller, as is any failure
   * here left to the caller's own attempt, so the messages stay those of a first write.
   */
  private static OutputStream openInKnownDirectory(Path parent, Path temp) {
    if (!MADE.contains(parent)) {
      return null;
    }
    try {
      return Files.newOutputStream(temp);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Waits, at most {@code millis}, until the directories written into were cleaned of abandoned
   * temporary files (on a background thread, so that no write waits for a listing): the end of
   * a run calls it, so that the cleaning is done when the process ends.
   */
  public static void awaitCleaned(long millis) {
    StaleTempFiles.awaitSwept(millis);
  }

  /** Writes {@code bytes} to {@code destination} atomically. */
  public static void write(Path destination, byte[] bytes) throws IOException {
    try (OutputStream out = newOutputStream(destination)) {
      out.write(bytes);
    }
  }

  /**
   * Removes every temporary file this process has open and keeps their streams from renaming
   * anything into place: the process is about to end with tasks still writing (they did not
   * stop when the run was interrupted). Returns how many were removed.
   */
  public static int abandonOpen() {
    int removed = 0;
    for (AtomicStream stream : OPEN.values()) {
      removed += stream.abandon() ? 1 : 0;
    }
    return removed;
  }

  /** A stream into a temporary file that is renamed over the destination at close. */
  private static final class AtomicStream extends StagedOutput {
    private final Path temp;
    private final Path destination;
    private boolean removed;

    AtomicStream(OutputStream out, Path temp, Path destination) {
      super(out);
      this.temp = temp;
      this.destination = destination;
    }

    /** Names the output, not its temporary file. */
    @Override
    protected IOException failure(IOException e) {
      return OutputWriteException.of(destination, e);
    }

    @Override
    protected void commit() throws IOException {
      OPEN.remove(temp);
      move(temp, destination);
    }

    @Override
    protected void discard() throws IOException {
      OPEN.remove(temp);
      removed = Files.deleteIfExists(temp);
    }

    /** Removes the temporary file unless the stream was closed; whether it did. */
    synchronized boolean abandon() {
      OPEN.remove(temp);
      if (isClosed()) {
        return false;
      }
      abort();
      return removed;
    }
  }

  private static void move(Path temp, Path destination) throws IOException {
    try {
      Files.move(
          temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      try {
        Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
      } catch (IOException again) {
        Files.deleteIfExists(temp);
        throw OutputWriteException.of(destination, again);
      }
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw OutputWriteException.of(destination, e);
    }
  }

}
