package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.remote.TestRemote;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The edges of the user API's targets and command that the broader tests pass by. */
class TargetEdgesTest {
  @TempDir Path temp;
  private Path base;
  private RemoteStorage storage;

  @BeforeEach
  void install() throws IOException {
    base = Files.createDirectories(temp.resolve("remote"));
    storage = TestRemote.install(temp.resolve("store"), "out", base);
  }

  @AfterEach
  void close() throws IOException {
    storage.close();
  }

  @Test
  void aRemoteTargetNamesItsFileSystemAndPath() {
    RemoteFileTarget target = RemoteFileTarget.of("out", "skim", "v1/a.txt");

    assertThat(target.fs()).isEqualTo("out");
    assertThat(target.path()).isEqualTo("skim/v1/a.txt");
    assertThat(target.toString()).isEqualTo("RemoteFileTarget(out:skim/v1/a.txt)");
  }

  @Test
  void removingARemoteDirectoryRemovesWhatItHoldsAndAFileJustItself() throws IOException {
    RemoteFileTarget dir = RemoteFileTarget.of("out", "d");
    dir.child("sub", "y.txt").writeString("y");
    RemoteFileTarget file = RemoteFileTarget.of("out", "f.txt");
    file.writeString("f");

    dir.remove();
    file.remove();
    file.remove(); // already gone: nothing to do

    assertThat(Files.exists(base.resolve("d"))).isFalse();
    assertThat(Files.exists(base.resolve("f.txt"))).isFalse();
    assertThat(Files.exists(base)).isTrue();
  }

  @Test
  void aLocalPathIsUnsafeOnlyWhenItLeavesTheStore() {
    assertThat(LocalFileTarget.of(Path.of("a/b.txt")).unsafePath()).isNull();
    assertThat(LocalFileTarget.of(Path.of("../b.txt")).unsafePath()).isEqualTo("../b.txt");
  }

  @Test
  void aCommandRefusesANulAnywhereAndPrintsAsItsWords() {
    assertThrows(IllegalArgumentException.class, () -> Command.of("ls", "\0a"));
    assertThrows(IllegalArgumentException.class, () -> Command.of("ls", "a\0"));
    assertThat(Command.of("ls", "-l", "a b").toString()).isEqualTo("ls -l a b");
  }
}
