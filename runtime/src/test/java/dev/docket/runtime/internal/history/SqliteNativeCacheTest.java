package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

class SqliteNativeCacheTest {
  @TempDir Path temp;

  @Test
  void extractsTheLibraryOnceAndReusesIt() throws IOException {
    Path first = SqliteNativeCache.prepare(temp).orElseThrow();

    assertThat(first.startsWith(temp.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion())))
        .isTrue();
    assertThat(first.getFileName().toString()).endsWith("-" + LibraryLoaderUtil.getNativeLibName());
    assertThat(Files.readAllBytes(first)).isEqualTo(library());
    assertThat(filesUnder(temp)).containsExactly(first); // no temporary file left behind

    Object identity = fileKey(first);
    Path second = SqliteNativeCache.prepare(temp).orElseThrow();
    assertThat(second).isEqualTo(first);
    assertThat(fileKey(second)).isEqualTo(identity); // the same file, not written again
  }

  @Test
  void aCorruptCopyIsNotUsedButReplaced() throws IOException {
    Path cached = SqliteNativeCache.prepare(temp).orElseThrow();
    byte[] bytes = Files.readAllBytes(cached);
    bytes[bytes.length / 2] ^= 1; // same size, one bit flipped
    Files.write(cached, bytes);
    assertThat(SqliteNativeCache.matchesName(cached)).isFalse();

    Path again = SqliteNativeCache.prepare(temp).orElseThrow();

    assertThat(Files.readAllBytes(again)).isEqualTo(library());
    assertThat(filesUnder(temp)).containsExactly(again);
  }

  @Test
  void aTruncatedCopyIsNotUsedButReplaced() throws IOException {
    Path cached = SqliteNativeCache.prepare(temp).orElseThrow();
    byte[] bytes = Files.readAllBytes(cached);
    Files.write(cached, java.util.Arrays.copyOf(bytes, bytes.length / 2));

    Path again = SqliteNativeCache.prepare(temp).orElseThrow();

    assertThat(Files.readAllBytes(again)).isEqualTo(library());
  }

  @Test
  void anExtractionUnderWayIsNeitherUsedNorRemoved() throws IOException {
    Path cached = SqliteNativeCache.prepare(temp).orElseThrow();
    Files.delete(cached);
    Path partial = cached.resolveSibling(".extract-123.tmp");
    Files.write(partial, new byte[] {1, 2, 3});

    Path again = SqliteNativeCache.prepare(temp).orElseThrow();

    assertThat(again).isEqualTo(cached);
    assertThat(Files.readAllBytes(again)).isEqualTo(library());
    assertThat(Files.exists(partial)).isTrue();
  }

  @Test
  void onlyAFileWhoseNameSaysItsCrcAndSizeMatches() throws IOException {
    Path cached = SqliteNativeCache.prepare(temp).orElseThrow();
    assertThat(SqliteNativeCache.matchesName(cached)).isTrue();

    Path directory = Files.createDirectories(temp.resolve("0-0-dir"));
    Path empty = Files.write(temp.resolve("0-0-empty.so"), new byte[0]);
    Path unnamed = Files.write(temp.resolve("library.so"), new byte[0]);
    Path badCrc = Files.write(temp.resolve("xyz-0-empty.so"), new byte[0]);
    Path badSize = Files.write(temp.resolve("0-none-empty.so"), new byte[0]);
    assertThat(SqliteNativeCache.matchesName(empty)).isTrue(); // CRC-32 of nothing is 0
    assertThat(SqliteNativeCache.matchesName(directory)).isFalse();
    assertThat(SqliteNativeCache.matchesName(unnamed)).isFalse();
    assertThat(SqliteNativeCache.matchesName(badCrc)).isFalse();
    assertThat(SqliteNativeCache.matchesName(badSize)).isFalse();
  }

  @Test
  void anUnwritableCacheLeavesSqliteJdbcAsItIs() throws IOException {
    Path notADirectory = Files.writeString(temp.resolve("file"), "x");

    assertThat(SqliteNativeCache.prepare(notADirectory)).isEmpty();
  }

  /**
   * In a fresh JVM (the driver loads its library once per process; Linux, for /proc/self/maps):
   * the history is written with the cached library, nothing is extracted into the temporary
   * directory, and a second run maps the same cached file; a user's own {@code
   * org.sqlite.lib.path} is left alone (here a directory without the library: sqlite-jdbc then
   * extracts into the temporary directory as it always did).
   */
  @Test
  @Tag("spawns-processes") // two JVMs: left out of mutation runs
  @EnabledOnOs(OS.LINUX)
  void aRunLoadsTheCachedLibraryAndExtractsNothingElsewhere() throws Exception {
    Path cache = temp.resolve("cache");
    Path tmp = Files.createDirectories(temp.resolve("tmp"));
    Path db = temp.resolve("history.db");

    Path loaded = openHistory(cache, tmp, db);
    List<Path> cached = filesUnder(cache.resolve("docket"));
    assertThat(cached).containsExactly(loaded);
    Object identity = fileKey(loaded);
    assertThat(filesUnder(tmp)).isEmpty();
    assertThat(Files.exists(db)).isTrue();

    assertThat(openHistory(cache, tmp, db)).isEqualTo(loaded);
    assertThat(filesUnder(cache.resolve("docket"))).isEqualTo(cached);
    assertThat(fileKey(loaded)).isEqualTo(identity);

    Path otherCache = temp.resolve("other-cache");
    Path fallback =
        openHistory(otherCache, tmp, db, "-Dorg.sqlite.lib.path=" + temp.resolve("none"));
    assertThat(fallback.startsWith(tmp)).isTrue(); // sqlite-jdbc's own extraction
    assertThat(Files.exists(otherCache)).isFalse();
  }

  /** The library file that a fresh JVM opening the history at {@code db} loaded. */
  private static Path openHistory(Path cache, Path tmp, Path db, String... jvmOptions)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Djava.io.tmpdir=" + tmp);
    command.addAll(List.of(jvmOptions));
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(OpenHistory.class.getName());
    command.add("jdbc:sqlite:" + db);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().put("XDG_CACHE_HOME", cache.toString());
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the history process did not finish within 60 s");
    }
    assertThat(process.exitValue()).isEqualTo(0);
    assertThat(out.lines().toList()).hasSize(1);
    return Path.of(out.strip());
  }

  /** Opens the history, as a run does, records one run and prints the library it mapped. */
  static final class OpenHistory {
    public static void main(String[] args) throws Exception {
      try (RunHistory history = RunHistory.open(args[0])) {
        history.start("Test", "host", 1);
      }
      try (Stream<String> maps = Files.lines(Path.of("/proc/self/maps"))) {
        maps.filter(line -> line.contains("sqlitejdbc"))
            .map(line -> line.substring(line.indexOf('/')))
            .distinct()
            .forEach(System.out::println);
      }
    }
  }

  private static byte[] library() throws IOException {
    String resource =
        LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName();
    try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
      return in.readAllBytes();
    }
  }

  private static List<Path> filesUnder(Path root) throws IOException {
    if (!Files.exists(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static Object fileKey(Path file) throws IOException {
    return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
  }
}
