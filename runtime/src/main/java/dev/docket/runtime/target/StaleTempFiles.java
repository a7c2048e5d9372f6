package dev.docket.runtime.target;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Removes the temporary files in one directory that their writer abandoned (it was killed, the
 * machine lost power): those whose {@link TempOwner} is gone. A best effort: a file that cannot
 * be judged or removed is left.
 */
final class StaleTempFiles {
  private StaleTempFiles() {}

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
