package dev.docket.runtime.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.Platform;
import dev.docket.runtime.internal.history.CacheRoot;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JNA's native library is written to the user's cache once, and written again when it differs. */
class DispatchLibraryTest {
  @TempDir Path cache;
  private byte[] jars;

  @BeforeEach
  void theJarHasOne() throws Exception {
    String resource = "com/sun/jna/" + Platform.RESOURCE_PREFIX + "/libjnidispatch.so";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
      assumeTrue(in != null, "no JNA library for " + Platform.RESOURCE_PREFIX);
      jars = in.readAllBytes();
    }
  }

  private Path cached() throws Exception {
    Path directory = DispatchLibrary.cached(Platform.RESOURCE_PREFIX, cache);
    assertNotNull(directory);
    return directory.resolve("libjnidispatch.so");
  }

  @Test
  void theFirstUseWritesTheJarsCopyAndLaterOnesKeepIt() throws Exception {
    Path library = cached();
    assertArrayEquals(jars, Files.readAllBytes(library));
    assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(
        Files.getPosixFilePermissions(library.getParent())));
    FileTime old = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(library, old);
    assertEquals(library, cached());
    assertEquals(old, Files.getLastModifiedTime(library), "a good copy was written again");
    try (var files = Files.list(library.getParent())) {
      assertEquals(1, files.count(), "a temporary file was left");
    }
  }

  @Test
  void aCopyThatIsNotTheJarsIsWrittenAgain() throws Exception {
    Path library = cached();
    byte[] changed = jars.clone();
    changed[changed.length / 2] ^= 1; // same size, other content
    Files.write(library, changed);
    assertArrayEquals(jars, Files.readAllBytes(cached()));
    Files.write(library, new byte[] {1, 2, 3}); // cut short
    assertArrayEquals(jars, Files.readAllBytes(cached()));
  }

  @Test
  void aPathTheUserGaveWins() {
    String before = System.getProperty(DispatchLibrary.PROPERTY);
    System.setProperty(DispatchLibrary.PROPERTY, "/users/own");
    try {
      DispatchLibrary.useCached(Platform.RESOURCE_PREFIX);
      assertEquals("/users/own", System.getProperty(DispatchLibrary.PROPERTY));
    } finally {
      if (before == null) {
        System.clearProperty(DispatchLibrary.PROPERTY);
      } else {
        System.setProperty(DispatchLibrary.PROPERTY, before);
      }
    }
  }

  @Test
  void withoutAPathOfTheUsersJnaIsPointedAtTheUsersCache() throws Exception {
    Path home = CacheRoot.ofThisUser().map(Path::getParent).orElse(null);
    assumeTrue(home != null, "no cache directory for this user");
    String before = System.getProperty(DispatchLibrary.PROPERTY);
    System.clearProperty(DispatchLibrary.PROPERTY);
    try {
      // This JVM's own JNA was loaded the same way: the copy is there already.
      DispatchLibrary.useCached(Platform.RESOURCE_PREFIX);
      assertEquals(DispatchLibrary.cached(Platform.RESOURCE_PREFIX, home),
          Path.of(System.getProperty(DispatchLibrary.PROPERTY)));
    } finally {
      if (before == null) {
        System.clearProperty(DispatchLibrary.PROPERTY);
      } else {
        System.setProperty(DispatchLibrary.PROPERTY, before);
      }
    }
  }

  @Test
  void aPlatformTheJarHasNoLibraryForMeansJnasOwnWay() throws Exception {
    assertNull(DispatchLibrary.cached("no-such-platform", cache));
    try (var files = Files.list(cache)) {
      assertEquals(0, files.count(), "something was written for it");
    }
  }

  @Test
  void aPathThatCannotBeReadIsNeitherPrivateNorTheJarsCopy() throws Exception {
    Path absent = cache.resolve("absent");
    assertFalse(DispatchLibrary.ownAndPrivate(absent));
    JarEntry entry = new JarEntry("libjnidispatch.so");
    CRC32 crc = new CRC32();
    crc.update(jars);
    entry.setCrc(crc.getValue());
    entry.setSize(jars.length);
    assertTrue(DispatchLibrary.matches(Files.write(cache.resolve("copy"), jars), entry));
    assertFalse(DispatchLibrary.matches(absent, entry));
  }

  @Test
  void noCacheDirectoryMeansJnasOwnWay() throws Exception {
    assertNull(DispatchLibrary.cached(Platform.RESOURCE_PREFIX, null));
    Path file = cache.resolve("a-file");
    Files.writeString(file, "not a directory");
    assertThrowsIo(() -> DispatchLibrary.cached(Platform.RESOURCE_PREFIX, file));
  }

  private static void assertThrowsIo(org.junit.jupiter.api.function.Executable call) {
    org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, call);
  }

  @Test
  void aDirectoryOthersMayWriteOrACopyThatIsALinkIsNotUsed() throws Exception {
    Path library = cached();
    Path directory = library.getParent();
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwx---"));
    assertNull(DispatchLibrary.cached(Platform.RESOURCE_PREFIX, cache), "a group-writable directory");
    Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
    Path elsewhere = Files.copy(library, cache.resolve("elsewhere.so"));
    Files.delete(library);
    Files.createSymbolicLink(library, elsewhere);
    assertNull(DispatchLibrary.cached(Platform.RESOURCE_PREFIX, cache), "a link");
    Files.delete(library);
    Files.copy(elsewhere, library);
    Files.setPosixFilePermissions(library, PosixFilePermissions.fromString("rw-rw-rw-"));
    assertNull(DispatchLibrary.cached(Platform.RESOURCE_PREFIX, cache), "a copy others may write");
  }

  @Test
  void theTemporaryFilesOfWritesThatDiedGoAndOthersStay() throws Exception {
    Path directory = cached().getParent();
    Path stale = Files.createFile(directory.resolve("libjnidispatch.so1.part"));
    Files.setLastModifiedTime(stale, FileTime.fromMillis(
        System.currentTimeMillis() - DispatchLibrary.STALE_MILLIS - 5000));
    Path fresh = Files.createFile(directory.resolve("libjnidispatch.so2.part"));
    cached();
    assertFalse(Files.exists(stale), "a write that died long ago left its file");
    assertTrue(Files.exists(fresh), "a write under way lost its file");
  }

  @Test
  void aRunLoadsJnasLibraryFromTheUsersCache() throws Exception {
    Process jvm = ForkedJvm.of("library", Map.of("XDG_CACHE_HOME", cache.toString()))
        .redirectOutput(cache.resolve("out").toFile()).start();
    assertTrue(jvm.waitFor(60, TimeUnit.SECONDS));
    String loaded = Files.readString(cache.resolve("out")).strip();
    assumeTrue(!loaded.equals("unavailable"), "posix_spawnp through JNA");
    assertTrue(Path.of(loaded).startsWith(cache.resolve("docket/jnidispatch")), loaded);
  }
}
