package dev.docket.runtime.target;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader, or a later run, sees either nothing or the whole file: data
 * goes to a temporary sibling, which is renamed over the destination only once it is closed
 * without error. A process that dies midway leaves at most a temporary file whose name starts
 * with {@value #TEMP_PREFIX}, never a half-written output.
 */
public final class AtomicFiles {
  public static final String TEMP_PREFIX = ".docket-tmp-";

  private AtomicFiles() {}

  /** Opens a stream whose content replaces {@code destination} when it is closed. */
  public static OutputStream newOutputStream(Path destination) throws IOException {
    Path parent = destination.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temp =
        parent.resolve(
            TEMP_PREFIX + Long.toHexString(ThreadLocalRandom.current().nextLong()) + "-"
                + destination.getFileName());
    OutputStream out = Files.newOutputStream(temp);
    return new FilterOutputStream(out) {
      private boolean closed;
      private boolean failed;

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        try {
          out.write(b, off, len);
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
      }

      @Override
      public void write(int b) throws IOException {
        try {
          out.write(b);
        } catch (IOException | RuntimeException e) {
          failed = true;
          throw e;
        }
      }

      @Override
      public void close() throws IOException {
        if (closed) {
          return;
        }
        closed = true;
        try {
          out.close();
        } catch (IOException e) {
          Files.deleteIfExists(temp);
          throw e;
        }
        if (failed) {
          Files.deleteIfExists(temp);
          return;
        }
        move(temp, destination);
      }
    };
  }

  /** Writes {@code bytes} to {@code destination} atomically. */
  public static void write(Path destination, byte[] bytes) throws IOException {
    try (OutputStream out = newOutputStream(destination)) {
      out.write(bytes);
    }
  }

  private static void move(Path temp, Path destination) throws IOException {
    try {
      Files.move(
          temp, destination, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }
}
