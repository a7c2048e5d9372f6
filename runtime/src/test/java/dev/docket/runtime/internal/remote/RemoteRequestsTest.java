package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What each request of a file system sends and counts, on the built-in file:// protocol, and
 * the planning snapshot that answers stats from listings ({@link RemoteOutputs#prefetch}).
 */
class RemoteRequestsTest {
  @RegisterExtension final FileRemote remote = FileRemote.installed();
  private RemoteFs fs;

  @BeforeEach
  void find() {
    fs = remote.fs();
  }

  @Test
  void eachKindOfRequestIsCountedOnce() throws IOException {
    remote.write("a/x.txt", "x");
    assertThat(fs.list("a").stream().map(RemoteEntry::name).toList()).containsExactly("x.txt");
    assertThat(fs.counts().lists()).isEqualTo(1);

    try (InputStream in = fs.open("a/x.txt")) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("x");
    }
    Path local = Files.writeString(remote.temp().resolve("up.txt"), "up");
    fs.upload(local, "b/y.txt");
    assertThat(Files.readString(remote.base().resolve("b/y.txt"))).isEqualTo("up");
    fs.download("b/y.txt", remote.temp().resolve("down.txt"));
    assertThat(Files.readString(remote.temp().resolve("down.txt"))).isEqualTo("up");
    assertThat(fs.counts().transfers()).isEqualTo(3);

    fs.mkdirs("c/d");
    assertThat(Files.isDirectory(remote.base().resolve("c/d"))).isTrue();
    fs.delete("a/x.txt");
    assertThat(Files.exists(remote.base().resolve("a/x.txt"))).isFalse();
    fs.deleteTree("c");
    assertThat(Files.exists(remote.base().resolve("c"))).isFalse();
    assertThat(fs.counts().changes()).isEqualTo(3);
    assertThat(fs.counts().stats()).isEqualTo(0);
    assertThat(fs.counts().toString()).isEqualTo("stats=0 lists=1 transfers=3 changes=3"
        + " retries=0 failovers=0 staleRemoved=0");
  }

  @Test
  void aStaleTemporaryDirectlyUnderTheBaseIsRemovedWithACountedChange() throws IOException {
    Path stale = remote.write(".f.txt.docket-0123456789ab.tmp", "half",
        System.currentTimeMillis() - RemoteFs.STALE_UPLOAD.toMillis() * 2);
    // A time of 0 means the server did not say: such a temporary is never taken for stale.
    Path unknown = remote.write(".g.txt.docket-0123456789ab.tmp", "half", 0);
    remote.write("f.txt", "whole");

    assertThat(fs.list("").stream().map(RemoteEntry::name).toList()).containsExactly("f.txt");
    assertThat(Files.exists(stale)).isFalse();
    assertThat(Files.exists(unknown)).isTrue();
    assertThat(fs.counts().staleRemoved()).isEqualTo(1);
    assertThat(fs.counts().changes()).isEqualTo(1);
  }

  @Test
  void aSnapshotAnswersStatsOfTheDirectoriesItListedUntilItIsClosed() throws IOException {
    remote.write("skim/1.txt", "1");
    remote.write("skim/2.txt", "22");
    remote.write("lone/3.txt", "3");
    List<Target> outputs = List.of(RemoteFileTarget.of("out", "skim", "1.txt"),
        RemoteFileTarget.of("out", "skim", "2.txt"), RemoteFileTarget.of("out", "skim", "9.txt"),
        RemoteFileTarget.of("out", "lone", "3.txt"));
    try (RemoteOutputs.Snapshot snapshot = RemoteOutputs.prefetch(outputs)) {
      assertThat(fs.counts().lists()).isEqualTo(1); // skim only: lone holds one output
      assertThat(fs.stat("skim/2.txt").get().size()).isEqualTo(2);
      assertThat(fs.stat("skim/9.txt")).isEmpty();
      assertThat(fs.counts().stats()).isEqualTo(0);
      assertThat(fs.stat("lone/3.txt")).isPresent();
      assertThat(fs.counts().stats()).isEqualTo(1);
    }
    remote.write("skim/9.txt", "now");
    assertThat(fs.stat("skim/9.txt")).isPresent();
    assertThat(fs.counts().stats()).isEqualTo(2);
  }

  @Test
  void withAMinimumOfOneEveryDirectoryIsListedAndCompositePartsCount() throws IOException {
    remote.write("lone/3.txt", "3");
    CompositeTarget composite = new Composite(
        List.of(RemoteFileTarget.of("out", "lone", "3.txt"), RemoteFileTarget.of("other", "x")));
    try (RemoteOutputs.Snapshot snapshot = RemoteOutputs.prefetch(List.of(composite), 1)) {
      assertThat(fs.counts().lists()).isEqualTo(1);
      assertThat(fs.stat("lone/3.txt")).isPresent();
      assertThat(fs.counts().stats()).isEqualTo(0);
    }
    try (RemoteOutputs.Snapshot snapshot = RemoteOutputs.prefetch(List.of(composite))) {
      assertThat(fs.counts().lists()).isEqualTo(1); // one output there: no listing
    }
  }

  @Test
  void unsafeOutputsAndBrokenCompositesAreLeftToSingleStats() throws IOException {
    CompositeTarget broken = new Composite(null);
    List<Target> outputs = List.of(RemoteFileTarget.of("out", "a/../b"),
        RemoteFileTarget.of("out", "a/../c"), broken);
    try (RemoteOutputs.Snapshot snapshot = RemoteOutputs.prefetch(outputs)) {
      assertThat(fs.counts().lists()).isEqualTo(0);
    }
  }

  @Test
  void aListingThatFailsIsLeftOut() throws IOException {
    Files.createDirectories(remote.base().resolve("ok"));
    // A name too long for the file system: its listing fails after its retries.
    String tooLong = "n".repeat(300);
    List<Target> outputs = List.of(RemoteFileTarget.of("out", tooLong, "1"),
        RemoteFileTarget.of("out", tooLong, "2"), RemoteFileTarget.of("out", "ok", "1"),
        RemoteFileTarget.of("out", "ok", "2"));
    try (RemoteOutputs.Snapshot snapshot = RemoteOutputs.prefetch(outputs)) {
      assertThat(fs.counts().lists()).isEqualTo(1 + 1 + FsSettings.DEFAULT_RETRIES);
      assertThat(fs.stat("ok/1")).isEmpty();
      assertThat(fs.counts().stats()).isEqualTo(0);
    }
  }

  /** A workflow's collection of outputs; {@code null} parts: it cannot list its branches. */
  private record Composite(List<Target> parts) implements CompositeTarget {
    @Override
    public List<Target> parts() {
      if (parts == null) {
        throw new IllegalStateException("cannot list the branches");
      }
      return parts;
    }

    @Override
    public Status status() {
      return new Status(false, "");
    }

    @Override
    public boolean exists() {
      return false;
    }

    @Override
    public void remove() {}

    @Override
    public String describe() {
      return "a collection";
    }
  }
}
