package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.script.Docket;
import dev.docket.runtime.testing.TaskTester;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue #10: an unusable store is one line of bad input, found before anything runs. */
class StoreDirectoryTest {
  @TempDir Path dir;

  /** A directory that cannot be made even by root: sysfs refuses new entries. */
  static Path unwritable() {
    Path sys = Path.of("/sys/docket-store-test");
    assumeTrue(Files.isDirectory(sys.getParent()), "needs Linux sysfs");
    return sys;
  }

  @Test
  void aFileIsNoStore() throws IOException {
    Path file = Files.writeString(dir.resolve("data"), "not a directory");
    BadInputException e =
        assertThrows(BadInputException.class, () -> StoreDirectory.requireReadable(file, "fix it"));
    assertThat(e).hasMessageThat()
        .isEqualTo("the store " + file + " is not a directory but a file; fix it");
    assertThrows(BadInputException.class, () -> StoreDirectory.requireWritable(file, "fix it"));
    assertThat(Files.readString(file)).isEqualTo("not a directory");
  }

  @Test
  void aFileInItsPath() throws IOException {
    Path file = Files.writeString(dir.resolve("data"), "");
    Path store = file.resolve("store");
    BadInputException e =
        assertThrows(BadInputException.class, () -> StoreDirectory.requireWritable(store, "fix it"));
    assertThat(e).hasMessageThat()
        .isEqualTo("the store " + store + " cannot be a directory: " + file
            + " in its path is a file; fix it");
  }

  @Test
  void notWritable() {
    Path store = unwritable();
    BadInputException e =
        assertThrows(BadInputException.class, () -> StoreDirectory.requireWritable(store, "fix it"));
    assertThat(e).hasMessageThat().startsWith("the store " + store + " is not writable (");
    assertThat(e).hasMessageThat().endsWith("); fix it");
    // Reading needs no write access, and a store not made yet is only empty.
    StoreDirectory.requireReadable(store, "fix it");
  }

  /** A store on a read-only mount says so, not "permission denied" (needs root to mount). */
  @Test
  void aReadOnlyMountIsNamedAsSuch() throws Exception {
    Path store = Files.createDirectories(dir.resolve("ro"));
    assumeTrue(Mounts.tmpfs(store), "cannot mount a tmpfs here (not root?): skipped");
    try {
      StoreDirectory.requireWritable(store, "fix it"); // makes .docket while still writable
      assumeTrue(Mounts.readOnly(store), "cannot remount read-only");
      BadInputException e =
          assertThrows(BadInputException.class, () -> StoreDirectory.requireWritable(store, "fix it"));
      assertThat(e).hasMessageThat()
          .isEqualTo("the store " + store + " is not writable (Read-only file system); fix it");
    } finally {
      Mounts.unmount(store);
    }
  }

  @Test
  void aMissingStoreIsMadeWithDocketsOwnDirectory() {
    Path store = dir.resolve("new/store");
    StoreDirectory.requireReadable(store, "fix it");
    assertThat(Files.exists(store)).isFalse();
    StoreDirectory.requireWritable(store, "fix it");
    assertThat(Files.isDirectory(store.resolve(".docket"))).isTrue();
  }

  @Test
  void docketAndTaskTesterRefuseAFileToo() throws IOException {
    Path file = Files.writeString(dir.resolve("data"), "a file");
    assertThat(assertThrows(BadInputException.class, () -> TaskTester.inStore(file)))
        .hasMessageThat()
        .isEqualTo("the store " + file + " is not a directory but a file; give TaskTester.inStore"
            + " a directory you can write");
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nstore = data\n");
    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
    assertThat(assertThrows(BadInputException.class,
            () -> Docket.open(dir, Map.of(), quiet, quiet)))
        .hasMessageThat()
        .isEqualTo("the store " + file + " is not a directory but a file; set [core] store in "
            + dir.resolve("docket.cfg") + " to a directory you can write");
    assertThat(Files.readString(file)).isEqualTo("a file");
  }

  @Test
  void theFixNamesTheConfigurationFile() {
    assertThat(StoreDirectory.fix(Optional.of(Path.of("/a/docket.cfg"))))
        .isEqualTo("set [core] store in /a/docket.cfg to a directory you can write");
    assertThat(StoreDirectory.fix(Optional.empty()))
        .isEqualTo("run in a directory you can write, or set [core] store in its docket.cfg");
  }
}
