package dev.docket.runtime.internal.history;

import dev.docket.runtime.internal.store.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Lets sqlite-jdbc load its native library from a per-user cache instead of extracting it anew.
 *
 * <p>Why: by default sqlite-jdbc copies its 1 MB library out of its jar into the temporary
 * directory on every start, compares the copy with the jar byte by byte, and asks {@code uname
 * -o} in a child process which library fits the machine: some 25 ms of CPU per run, on a
 * background thread but on a machine with few cores. It also leaves a copy behind in /tmp
 * whenever a process is killed.
 *
 * <p>Here the library is extracted once, to {@code $XDG_CACHE_HOME/docket/} (else {@code
 * ~/.cache/docket/}) {@code sqlite-jdbc-<version>/<os.name>-<os.arch>/<crc>-<size>-<name>},
 * written with {@link AtomicFiles}, so a half-written copy never has the final name;
 * each later run checks the copy's size and CRC-32 against its name (about 1 ms) and points
 * {@code org.sqlite.lib.path} and {@code org.sqlite.lib.name} at it, so that the driver loads it
 * directly. A copy that does not match is not used (and is replaced). When the cache cannot be
 * written, or the user set {@code org.sqlite.lib.path} or {@code org.sqlite.lib.name}, nothing
 * is changed: sqlite-jdbc behaves as it always does (and falls back to it as well if loading
 * the cached copy failed).
 */
final class SqliteNativeCache {
  static final String PATH_PROPERTY = "org.sqlite.lib.path";
  static final String NAME_PROPERTY = "org.sqlite.lib.name";

  private static boolean installed;

  private SqliteNativeCache() {}

  /** Points sqlite-jdbc at the cached library, extracting it first if needed; at most once. */
  static synchronized void install() {
    if (installed) {
      return;
    }
    installed = true;
    try {
      use(System.getProperties(), CacheRoot.ofThisUser());
    } catch (RuntimeException e) {
      // e.g. a malformed XDG_CACHE_HOME: the cache is an optimisation, sqlite-jdbc works without
    }
  }

  /**
   * Points {@code properties} (the system's) at the cached library under {@code root}, unless
   * they name a library already: the user's choice.
   */
  static void use(Properties properties, Optional<Path> root) {
    if (properties.getProperty(PATH_PROPERTY) != null
        || properties.getProperty(NAME_PROPERTY) != null) {
      return;
    }
    Optional<Path> library = root.flatMap(SqliteNativeCache::prepare);
    if (library.isPresent()) {
      properties.setProperty(PATH_PROPERTY, library.get().getParent().toString());
      properties.setProperty(NAME_PROPERTY, library.get().getFileName().toString());
    }
  }

  /**
   * The verified cached copy of the library under {@code root}, extracted there if it is
   * missing or does not match; empty when it cannot be had (then sqlite-jdbc's default applies).
   */
  static Optional<Path> prepare(Path root) {
    try {
      String system =
          safe(System.getProperty("os.name")) + "-" + safe(System.getProperty("os.arch"));
      Path directory = root.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()).resolve(system);
      Optional<Path> cached = findVerified(directory);
      return cached.isPresent() ? cached : Optional.ofNullable(extract(directory));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** A file of {@code directory} whose size and CRC-32 are those its name says; others go. */
  private static Optional<Path> findVerified(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return Optional.empty();
    }
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory)) {
      for (Path file : files) {
        String name = file.getFileName().toString();
        if (name.startsWith(".")) {
          continue; // another process's extraction under way
        }
        if (matchesName(file)) {
          return Optional.of(file);
        }
        Files.deleteIfExists(file); // corrupt, truncated or foreign: extracted again below
      }
    }
    return Optional.empty();
  }

  /** Whether {@code file}, named {@code <crc>-<size>-<library>}, has that size and CRC-32. */
  static boolean matchesName(Path file) throws IOException {
    String[] parts = file.getFileName().toString().split("-", 3);
    if (parts.length != 3 || !Files.isRegularFile(file)) {
      return false;
    }
    try {
      return matches(file, Long.parseUnsignedLong(parts[0], 16), Long.parseLong(parts[1]));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean matches(Path file, long crc, long size) throws IOException {
    if (Files.size(file) != size) {
      return false;
    }
    CRC32 actual = new CRC32();
    actual.update(Files.readAllBytes(file));
    return actual.getValue() == crc;
  }

  /**
   * Copies the library out of sqlite-jdbc's jar into {@code directory} with {@link AtomicFiles}
   * (so a half-written copy never has the final name, and one left by a killed process is swept
   * away); null if the jar has no library for this machine. The name holds the CRC-32 and size,
   * so the library is read whole first (about 1 MB, once per version and machine).
   */
  private static Path extract(Path directory) throws IOException {
    String library = LibraryLoaderUtil.getNativeLibName();
    String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + library;
    byte[] bytes;
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      if (in == null) {
        return null; // no library for this machine: sqlite-jdbc says so itself
      }
      bytes = in.readAllBytes();
    }
    CRC32 crc = new CRC32();
    crc.update(bytes);
    Files.createDirectories(
        directory,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    Path file =
        directory.resolve(Long.toHexString(crc.getValue()) + "-" + bytes.length + "-" + library);
    AtomicFiles.write(file, bytes);
    file.toFile().setExecutable(true, true);
    // Not read back as written (a full disk that did not say so?): leave it to sqlite-jdbc.
    return matches(file, crc.getValue(), bytes.length) ? file : null;
  }

  /** {@code text} as a part of a file name: other characters than letters, digits, {@code ._} as {@code _}. */
  static String safe(String text) {
    return text == null ? "unknown" : text.replaceAll("[^A-Za-z0-9._]", "_");
  }
}
