package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the native library's cache is and when it is used, decided on given properties and
 * variables (the JVM's own are set once per process, before any test here could look).
 */
class SqliteNativeCacheChoiceTest {
  @TempDir Path temp;

  @Test
  void theCacheIsUnderXdgCacheHomeElseUnderTheHomeDirectory() {
    assertThat(CacheRoot.of("/x/cache", "/home/a")).hasValue(Path.of("/x/cache/docket"));
    assertThat(CacheRoot.of(null, "/home/a")).hasValue(Path.of("/home/a/.cache/docket"));
    assertThat(CacheRoot.of("  ", "/home/a")).hasValue(Path.of("/home/a/.cache/docket"));
    // A relative XDG_CACHE_HOME is invalid (XDG base directory specification): ignored.
    assertThat(CacheRoot.of("cache", "/home/a")).hasValue(Path.of("/home/a/.cache/docket"));
  }

  @Test
  void withoutAnAbsoluteHomeThereIsNoCache() {
    assertThat(CacheRoot.of(null, null)).isEmpty();
    assertThat(CacheRoot.of(null, " ")).isEmpty();
    assertThat(CacheRoot.of("", "home")).isEmpty();
  }

  @Test
  void aMalformedVariableIsAnErrorThatInstallSwallows() {
    assertThrows(InvalidPathException.class, () -> CacheRoot.of("/x\0y", "/home/a"));
  }

  @Test
  void theDriverIsPointedAtTheCachedLibrary() {
    Properties properties = new Properties();

    SqliteNativeCache.use(properties, Optional.of(temp));

    Path library = SqliteNativeCache.prepare(temp).orElseThrow();
    assertThat(properties.getProperty(SqliteNativeCache.PATH_PROPERTY))
        .isEqualTo(library.getParent().toString());
    assertThat(properties.getProperty(SqliteNativeCache.NAME_PROPERTY))
        .isEqualTo(library.getFileName().toString());
  }

  @Test
  void aLibraryTheUserChoseIsLeftAloneAndNothingIsExtracted() {
    for (String chosen : new String[] {SqliteNativeCache.PATH_PROPERTY, SqliteNativeCache.NAME_PROPERTY}) {
      Properties properties = new Properties();
      properties.setProperty(chosen, "mine");

      SqliteNativeCache.use(properties, Optional.of(temp.resolve(chosen)));

      assertThat(properties.stringPropertyNames()).containsExactly(chosen);
      assertThat(temp.resolve(chosen).toFile().exists()).isFalse();
    }
  }

  @Test
  void withoutACacheOrACopyTheDriverDoesAsItAlwaysDid() throws Exception {
    Properties properties = new Properties();
    SqliteNativeCache.use(properties, Optional.empty());
    SqliteNativeCache.use(properties, Optional.of(java.nio.file.Files.writeString(temp.resolve("file"), "x")));

    assertThat(properties).isEmpty();
  }

  @Test
  void theSystemsNameIsMadeSafeForAFileName() {
    assertThat(SqliteNativeCache.safe("Mac OS X")).isEqualTo("Mac_OS_X");
    assertThat(SqliteNativeCache.safe("x86_64.v2/a\\b")).isEqualTo("x86_64.v2_a_b");
    assertThat(SqliteNativeCache.safe(null)).isEqualTo("unknown");
  }
}
