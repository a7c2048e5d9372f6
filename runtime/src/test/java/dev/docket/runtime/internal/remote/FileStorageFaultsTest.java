package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docket.runtime.internal.store.Mounts;
import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file:// client's faults: which ones cannot heal by trying again (permanent), which may
 * (transient), and what each says; a file where a directory would be is nothing there.
 */
class FileStorageFaultsTest {
  @TempDir Path base;
  @TempDir Path local;

  private final FileStorageClient client = (FileStorageClient) new FileStorageProvider()
      .open(new dev.docket.runtime.spi.storage.StorageSettings("t", Duration.ofSeconds(5),
          Map.of()), URI.create("file:///"));

  private URI url(String path) {
    return base.toUri().resolve(path);
  }

  private StorageException fault(org.junit.jupiter.api.function.Executable request) {
    return assertThrows(StorageException.class, request);
  }

  @Test
  void aFileWhereADirectoryWouldBeIsNothingThere() throws IOException {
    Files.writeString(base.resolve("file"), "x");
    assertThat(client.stat(url("file/child.txt"))).isEmpty();
    assertThat(client.list(url("file/child/"))).isEmpty();
    assertThat(client.list(url("file"))).isEmpty();
  }

  @Test
  void aMissingFileIsPermanentAndNamed() {
    StorageException e = fault(() -> client.download(url("absent.txt"), local.resolve("a")));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e).hasMessageThat().isEqualTo(url("absent.txt") + ": no such file");
    assertThat(e.url()).isEqualTo(url("absent.txt"));
    StorageException open = fault(() -> client.open(url("absent.txt")));
    assertThat(open.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(open).hasMessageThat().isEqualTo(url("absent.txt") + ": no such file");
  }

  @Test
  void aFileInTheWayOfADirectoryIsPermanent() throws IOException {
    Path file = Files.writeString(base.resolve("file"), "x");
    StorageException made = fault(() -> client.mkdirs(url("file")));
    assertThat(made.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(made).hasMessageThat()
        .isEqualTo(url("file") + ": a file is in the way of a directory: " + file);

    StorageException read = fault(() -> client.download(url("file/child.txt"), local.resolve("c")));
    assertThat(read.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(read).hasMessageThat()
        .isEqualTo(url("file/child.txt") + ": a file is in the way of a directory");
  }

  @Test
  void aDirectoryThatIsNotEmptyIsNotRemovedAsAFile() throws IOException {
    Files.createDirectories(base.resolve("d"));
    Files.writeString(base.resolve("d/f"), "x");
    StorageException e = fault(() -> client.delete(url("d")));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e).hasMessageThat()
        .isEqualTo(url("d") + " is a directory that is not empty; it is not removed as a file");
    assertThat(Files.exists(base.resolve("d/f"))).isTrue();
  }

  @Test
  void aFileUrlWithAHostIsRefused() {
    // base = file://host/data/ passes as a URL with a scheme and a path; no local path has a host.
    URI other = URI.create("file://host/data/a.txt");
    StorageException e = fault(() -> client.stat(other));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e).hasMessageThat()
        .isEqualTo("file://host/data/a.txt is not a local file URL: URI has an authority component");
  }

  @Test
  void aFaultOfAnotherKindMayHealAndIsTransient() {
    String longName = "n".repeat(300);
    StorageException e = fault(() -> client.download(url(longName), local.resolve("l")));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.TRANSIENT);
    assertThat(e).hasMessageThat().contains("File name too long");
    assertThat(e).hasMessageThat().startsWith(url(longName) + ": ");
  }

  @Test
  void aDirectoryIsListedWithSizeZero() throws IOException {
    Files.createDirectories(base.resolve("d/sub"));
    Files.writeString(base.resolve("d/sub/f"), "x".repeat(5000));
    assertThat(client.stat(url("d/sub")).get().size()).isEqualTo(0);
    assertThat(client.list(url("d/")).get(0).size()).isEqualTo(0);
    client.deleteTree(url("missing/"));
    assertThat(Files.exists(base.resolve("d/sub/f"))).isTrue();
  }

  /** A real full and then read-only disk: a 64 KiB tmpfs (needs root; skipped elsewhere). */
  @Test
  void aFullOrReadOnlyDiskIsPermanent() throws Exception {
    Path small = Files.createDirectories(base.resolve("small"));
    assumeTrue(Mounts.tmpfs(small), "cannot mount a tmpfs here (not root?): skipped");
    try {
      Path big = Files.write(local.resolve("big"), new byte[1 << 20]);
      StorageException full = fault(() -> client.upload(big, url("small/big")));
      assertThat(full.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(full).hasMessageThat().contains("No space left on device");
      try (var left = Files.list(small)) {
        assertThat(left.count()).isEqualTo(0); // no temporary left
      }

      assumeTrue(Mounts.readOnly(small), "cannot remount read-only");
      Path one = Files.writeString(local.resolve("one"), "1");
      StorageException readOnly = fault(() -> client.upload(one, url("small/one")));
      assertThat(readOnly.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(readOnly).hasMessageThat().contains("Read-only file system");
    } finally {
      Mounts.unmount(small);
    }
  }
}
