package dev.docket.runtime.internal.store;

import dev.docket.runtime.BadInputException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Checks once, before anything runs, that the store can be used: a store that is a file, lies
 * under a file, or cannot be written would otherwise make every task fail on its own, each with
 * a trace. A command that only reads (a dry run, the status) needs no write access, and a store
 * that does not exist yet is simply empty for it.
 */
public final class StoreDirectory {
  /** The directory of Docket's own files in the store (locks, history, job submissions). */
  public static final String DOCKET_DIRECTORY = ".docket";

  private StoreDirectory() {}

  /** {@code <store>/.docket}: Docket's own files in {@code store}. */
  public static Path docketFiles(Path store) {
    return store.resolve(DOCKET_DIRECTORY);
  }

  /**
   * The fix to offer in a message about the store read from {@code config}, the {@code
   * docket.cfg} read if any.
   */
  public static String fix(Optional<Path> config) {
    return config
        .map(file -> "set [core] store in " + file + " to a directory you can write")
        .orElse("run in a directory you can write, or set [core] store in its docket.cfg");
  }

  /**
   * For a command that only reads: the store is a directory, or does not exist yet and has no
   * file in its way.
   *
   * @throws BadInputException naming the store, what is wrong, and {@code fix}
   */
  public static void requireReadable(Path store, String fix) {
    Path blocker = fileInTheWay(store);
    if (blocker != null) {
      throw notADirectory(store, blocker, fix);
    }
  }

  /**
   * For a command that writes: the store is, or is now made, a directory that can be written,
   * with Docket's own directory {@value #DOCKET_DIRECTORY} in it (which every run makes anyway).
   *
   * @throws BadInputException naming the store, what is wrong, and {@code fix}
   */
  public static void requireWritable(Path store, String fix) {
    requireReadable(store, fix);
    Path own = docketFiles(store);
    try {
      Files.createDirectories(own);
    } catch (IOException e) {
      throw notWritable(store, OutputWriteException.reason(e), fix);
    }
    // access(2): false on a read-only file system and for a directory without write permission
    // (root passes the latter, as it can write there).
    if (!Files.isWritable(store) || !Files.isWritable(own)) {
      throw notWritable(store, readOnlyMount(own) ? "Read-only file system" : "permission denied", fix);
    }
  }

  /** Whether {@code dir} lies on a file system mounted read-only (asked only on the error path). */
  private static boolean readOnlyMount(Path dir) {
    try {
      return Files.getFileStore(dir).isReadOnly();
    } catch (IOException e) {
      return false;
    }
  }

  /** The store itself or the nearest existing directory above it when that is not a directory. */
  private static Path fileInTheWay(Path store) {
    for (Path at = store.toAbsolutePath(); at != null; at = at.getParent()) {
      if (Files.isDirectory(at)) {
        return null;
      }
      if (Files.exists(at)) {
        return at;
      }
    }
    return null;
  }

  private static BadInputException notADirectory(Path store, Path blocker, String fix) {
    if (blocker.equals(store.toAbsolutePath())) {
      return new BadInputException(
          "the store " + store + " is not a directory but a file; " + fix);
    }
    return new BadInputException(
        "the store " + store + " cannot be a directory: " + blocker
            + " in its path is a file; " + fix);
  }

  private static BadInputException notWritable(Path store, String reason, String fix) {
    return new BadInputException(
        "the store " + store + " is not writable (" + reason + "); " + fix);
  }
}
