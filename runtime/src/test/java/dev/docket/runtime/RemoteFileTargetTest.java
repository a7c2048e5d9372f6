package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.remote.TestRemote;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A remote file behaves as a local one, over the built-in file:// protocol. */
class RemoteFileTargetTest {
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
  void writesReadsAndDescribesItself() throws IOException {
    RemoteFileTarget target = RemoteFileTarget.of("out", "skim", "v1/a.txt");
    assertThat(target.exists()).isFalse();
    assertThat(target.lastModified()).isEqualTo(Target.MISSING);
    target.writeString("hello");
    assertThat(Files.readString(base.resolve("skim/v1/a.txt"))).isEqualTo("hello");
    assertThat(target.exists()).isTrue();
    assertThat(target.readString()).isEqualTo("hello");
    assertThat(target.readBytes()).isEqualTo("hello".getBytes());
    assertThat(target.describe()).isEqualTo(base.toUri() + "skim/v1/a.txt");
    Files.setLastModifiedTime(base.resolve("skim/v1/a.txt"), FileTime.fromMillis(1_700_000_000_000L));
    assertThat(target.lastModified()).isEqualTo(1_700_000_000_000L);
  }

  @Test
  void aStreamAppearsOnlyWhenClosed() throws IOException {
    RemoteFileTarget target = RemoteFileTarget.of("out", "s.txt");
    try (OutputStream out = target.newOutputStream()) {
      out.write("part".getBytes());
      assertThat(target.exists()).isFalse();
    }
    assertThat(target.readString()).isEqualTo("part");
    try (var reader = target.newReader()) {
      assertThat(reader.readLine()).isEqualTo("part");
    }
  }

  @Test
  void copiesLocalizesAndListsChildren() throws IOException {
    Path local = Files.writeString(temp.resolve("in.txt"), "data");
    RemoteFileTarget dir = RemoteFileTarget.of("out", "d");
    dir.child("x.txt").copyFrom(local);
    dir.child("sub", "y.txt").writeString("y");
    assertThat(dir.isDirectory()).isTrue();
    assertThat(dir.child("x.txt").isDirectory()).isFalse();
    assertThat(dir.children()).containsExactly(
        RemoteFileTarget.of("out", "d/sub"), RemoteFileTarget.of("out", "d", "x.txt")).inOrder();
    Path back = temp.resolve("back.txt");
    dir.child("x.txt").copyTo(back);
    assertThat(Files.readString(back)).isEqualTo("data");
    Path copy = dir.child("x.txt").localized();
    assertThat(copy.startsWith(temp.resolve("store/.docket/cache/out"))).isTrue();
    assertThat(Files.readString(copy)).isEqualTo("data");
    dir.remove();
    assertThat(dir.exists()).isFalse();
    assertThat(Files.exists(base)).isTrue();
  }

  @Test
  void equalityIsFileSystemAndPath() {
    assertThat(RemoteFileTarget.of("out", "a", "b")).isEqualTo(RemoteFileTarget.of("out", "a/b"));
    assertThat(RemoteFileTarget.of("out", "a")).isNotEqualTo(RemoteFileTarget.of("other", "a"));
    assertThat(RemoteFileTarget.of("out", "a").hashCode())
        .isEqualTo(RemoteFileTarget.of("out", "a").hashCode());
  }

  @Test
  void aPathThatLeavesTheBaseIsNeverUsed() {
    for (List<String> parts : List.of(List.of("..", "x"), List.of("a", ""), List.of("/etc"),
        List.of("a", "."), List.of("a\\b"), List.of("a\0b"))) {
      RemoteFileTarget target =
          RemoteFileTarget.of("out", parts.get(0), parts.subList(1, parts.size()).toArray(new String[0]));
      assertThat(target.unsafePath()).isNotNull();
      IOException e = assertThrows(IOException.class, () -> target.writeString("x"));
      assertThat(e).hasMessageThat().contains("a remote path must stay under its base");
      assertThrows(IOException.class, target::remove);
    }
    assertThat(RemoteFileTarget.of("out", "a", "..b", "c.").unsafePath()).isNull();
  }

  @Test
  void aFileSystemThatIsNotConfiguredIsNamed() {
    RemoteFileTarget target = RemoteFileTarget.of("eos", "a.txt");
    UncheckedIOException e = assertThrows(UncheckedIOException.class, target::exists);
    assertThat(e).hasMessageThat().contains("no file system 'eos' is configured: add a section"
        + " [fs.eos] to docket.cfg");
    assertThat(target.describe()).isEqualTo("[fs.eos]/a.txt");
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
  void aCopyOrRemovalIsSeenAtOnceEvenWhereTheCacheTrustsItsCopies() throws IOException {
    storage.close();
    storage = TestRemote.install(temp.resolve("store"), "out", base, "cache-max-age", "1h");
    RemoteFileTarget target = RemoteFileTarget.of("out", "c.txt");
    target.writeString("old");
    assertThat(Files.readString(target.localized())).isEqualTo("old");

    target.copyFrom(Files.writeString(temp.resolve("new.txt"), "newer"));
    assertThat(Files.readString(target.localized())).isEqualTo("newer");

    target.remove();
    assertThrows(java.nio.file.NoSuchFileException.class, target::localized);
  }
}
