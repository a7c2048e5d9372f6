package dev.docket.runtime.internal.spawn;

import dev.docket.runtime.internal.history.CacheRoot;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;

/**
 * Keeps JNA's native library ({@code libjnidispatch.so}) in a per-user cache, so that a run loads
 * it from there instead of having JNA write it to a new temporary file, load it and delete it
 * again (about 0.03 s of CPU per run, more right after a run has deleted many files).
 *
 * <p>The copy is found by the jar entry's CRC-32 and size (in its directory's name), and checked
 * against them before each use (reading 130 KB, some 0.1 ms): a copy that is not the jar's, cut
 * short or changed, is written again. Copies are written to a temporary file and renamed into
 * place, so runs side by side never load a half-written one. Anything unusual (no jar, no home,
 * a read-only cache, a directory or copy that is a link, another user's or writable by others,
 * {@code jna.boot.library.path} set by the user) leaves JNA to its own way.
 *
 * <p>Debian's {@code libjna-jni} is not used: JNA refuses a native library of another major
 * version (Debian 12 ships 5.13, native 6.1; the jar's 5.17 wants 7.0), and it fails for good
 * once it has loaded one, so it is not even tried ({@code jna.nosys} is JNA's default).
 */
final class DispatchLibrary {
  static final String PROPERTY = "jna.boot.library.path";
  private static final String FILE = "libjnidispatch.so";
  /** How old a temporary file of a write must be to be taken for one that died. */
  static final long STALE_MILLIS = 60_000;

  private DispatchLibrary() {}

  /** Points JNA at the cached copy of the jar's library for {@code prefix} (linux-x86-64...). */
  static void useCached(String prefix) {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try {
      Path directory = cached(prefix, cacheHome());
      if (directory != null) {
        System.setProperty(PROPERTY, directory.toString());
      }
    } catch (IOException | RuntimeException e) {
      // JNA extracts its library itself, as without this
    }
  }

  /** The user's cache directory (CacheRoot's, shared with SQLite's library); null if none. */
  private static Path cacheHome() {
    return CacheRoot.ofThisUser().map(root -> root.getParent()).orElse(null);
  }

  /**
   * The directory under {@code cacheHome} holding a checked copy of the jar's library, written
   * there first if needed; null when the library is not in a jar here.
   */
  static Path cached(String prefix, Path cacheHome) throws IOException {
    URL url = DispatchLibrary.class.getClassLoader().getResource("com/sun/jna/" + prefix + "/" + FILE);
    if (url == null || cacheHome == null) {
      return null;
    }
    URLConnection connection = url.openConnection();
    if (!(connection instanceof JarURLConnection jar)) {
      return null;
    }
    // A jar's entry has its CRC-32 and size (from the jar's central directory); should one be
    // unknown (-1), no copy matches it and none is used (a copy is then written on every run,
    // which the JDK's jar reading, always giving both, never asks for).
    JarEntry entry = jar.getJarEntry();
    Path directory = cacheHome.resolve("docket/jnidispatch")
        .resolve(prefix + "-" + Long.toHexString(entry.getCrc()) + "-" + entry.getSize());
    Path library = directory.resolve(FILE);
    Files.createDirectories(directory, PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwx------")));
    if (!ownAndPrivate(directory)
        || Files.exists(library, LinkOption.NOFOLLOW_LINKS) && !ownAndPrivate(library)) {
      return null; // another's, or writable by others: what JNA loads must be the jar's
    }
    removeStaleParts(directory);
    if (matches(library, entry)) {
      return directory;
    }
    Path temporary = Files.createTempFile(directory, FILE, ".part");
    try {
      try (InputStream in = connection.getInputStream()) {
        Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
      }
      try {
        Files.move(temporary, library, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        return null;
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return ownAndPrivate(library) && matches(library, entry) ? directory : null;
  }

  /**
   * Whether {@code path} itself (not a link's target) belongs to this process's user and no one
   * else may write it: only then is what it holds the copy checked here when JNA loads it.
   */
  static boolean ownAndPrivate(Path path) {
    try {
      PosixFileAttributes attributes =
          Files.readAttributes(path, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      Set<PosixFilePermission> permissions = attributes.permissions();
      return !attributes.isSymbolicLink()
          && Files.getAttribute(path, "unix:uid", LinkOption.NOFOLLOW_LINKS)
              .equals(Files.getAttribute(Path.of("/proc/self"), "unix:uid"))
          && !permissions.contains(PosixFilePermission.GROUP_WRITE)
          && !permissions.contains(PosixFilePermission.OTHERS_WRITE);
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Removes the temporary files of writes that died (older than a minute) from {@code directory}. */
  static void removeStaleParts(Path directory) {
    long before = System.currentTimeMillis() - STALE_MILLIS;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "*.part")) {
      for (Path part : parts) {
        if (Files.getLastModifiedTime(part, LinkOption.NOFOLLOW_LINKS).toMillis() < before) {
          Files.deleteIfExists(part);
        }
      }
    } catch (IOException e) {
      // left for the next run
    }
  }

  /**
   * Whether {@code library} has the entry's size and CRC-32 (false if it cannot be read). The
   * size comes first: a FIFO or device reports 0 and is never read, a directory cannot be read.
   */
  static boolean matches(Path library, JarEntry entry) {
    try {
      if (Files.size(library) != entry.getSize()) {
        return false;
      }
      CRC32 crc = new CRC32();
      crc.update(Files.readAllBytes(library));
      return crc.getValue() == entry.getCrc();
    } catch (IOException e) {
      return false;
    }
  }
}
