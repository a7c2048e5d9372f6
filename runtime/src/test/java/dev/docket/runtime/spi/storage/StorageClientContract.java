package dev.docket.runtime.spi.storage;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link StorageClient} must do, run against a real server: a backend's test extends
 * it and says how to reach its server ({@link #client()}, {@link #base()}). Each test works in a
 * fresh directory under the base.
 */
public abstract class StorageClientContract {
  @TempDir protected Path local;

  protected StorageClient client;
  protected URI dir;

  /** A client for {@link #base()}; called once per test. */
  protected abstract StorageClient client() throws IOException;

  /** A directory URL on the server under which the tests may write, ending in '/'. */
  protected abstract URI base();

  @BeforeEach
  void openClient() throws IOException {
    client = client();
    dir = base().resolve("contract-" + UUID.randomUUID() + "/");
    client.mkdirs(dir);
  }

  @AfterEach
  void closeClient() throws IOException {
    try {
      client.deleteTree(dir);
    } finally {
      client.close();
    }
  }

  protected Path localFile(String name, String content) throws IOException {
    Path file = local.resolve(name);
    Files.writeString(file, content);
    return file;
  }

  @Test
  public void statOfAMissingFileIsEmpty() throws IOException {
    assertThat(client.stat(dir.resolve("missing.txt"))).isEmpty();
  }

  @Test
  public void anUploadedFileHasItsSizeAndATimeAndReadsBack() throws IOException {
    long before = System.currentTimeMillis() - 5 * 60_000; // clocks of client and server differ
    URI url = dir.resolve("a/b/hist.txt"); // parents are created
    client.upload(localFile("up.txt", "twelve bytes"), url);

    Optional<RemoteEntry> entry = client.stat(url);
    assertThat(entry).isPresent();
    assertThat(entry.get().name()).isEqualTo("hist.txt");
    assertThat(entry.get().size()).isEqualTo(12);
    assertThat(entry.get().directory()).isFalse();
    assertThat(entry.get().lastModified()).isGreaterThan(before);

    Path back = local.resolve("back.txt");
    client.download(url, back);
    assertThat(Files.readString(back)).isEqualTo("twelve bytes");
    try (InputStream in = client.open(url)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("twelve bytes");
    }
  }

  @Test
  public void anUploadReplacesTheOldContentAndLeavesNoTemporaryFile() throws IOException {
    URI url = dir.resolve("out.txt");
    client.upload(localFile("one.txt", "one"), url);
    client.upload(localFile("two.txt", "second"), url);

    Path back = local.resolve("back.txt");
    client.download(url, back);
    assertThat(Files.readString(back)).isEqualTo("second");
    List<RemoteEntry> listing = client.list(dir);
    assertThat(listing.stream().map(RemoteEntry::name).toList()).containsExactly("out.txt");
  }

  @Test
  public void aListingHoldsFilesDirectoriesAndUploadTemporariesWithTheirTimes() throws IOException {
    client.upload(localFile("x.txt", "x"), dir.resolve("x.txt"));
    client.upload(localFile("y.txt", "yy"), dir.resolve("sub/y.txt"));
    URI temporary = StorageNames.temporary(dir.resolve("z.txt"));
    client.upload(localFile("t.txt", "t"), temporary);
    String temporaryName = temporary.getPath().substring(temporary.getPath().lastIndexOf('/') + 1);

    List<RemoteEntry> listing = client.list(dir);
    // The runtime hides temporaries and removes stale ones by their time: both must be there.
    assertThat(listing.stream().map(RemoteEntry::name).toList())
        .containsExactly("x.txt", "sub", temporaryName);
    RemoteEntry left = listing.stream().filter(e -> e.name().equals(temporaryName)).findFirst().get();
    assertThat(left.lastModified()).isAtLeast(System.currentTimeMillis() - 600_000);
    assertThat(left.lastModified()).isAtMost(System.currentTimeMillis() + 600_000);
    RemoteEntry file = listing.stream().filter(e -> e.name().equals("x.txt")).findFirst().get();
    assertThat(file.size()).isEqualTo(1);
    assertThat(file.directory()).isFalse();
    assertThat(listing.stream().filter(e -> e.name().equals("sub")).findFirst().get().directory())
        .isTrue();
  }

  @Test
  public void aListingOfAMissingDirectoryIsEmpty() throws IOException {
    assertThat(client.list(dir.resolve("nothing/"))).isEmpty();
  }

  @Test
  public void deleteRemovesAFileAndIgnoresAMissingOne() throws IOException {
    URI url = dir.resolve("gone.txt");
    client.upload(localFile("g.txt", "g"), url);
    client.delete(url);
    assertThat(client.stat(url)).isEmpty();
    client.delete(url); // no error the second time
  }

  @Test
  public void deleteTreeRemovesADirectoryWithWhatItHolds() throws IOException {
    URI tree = dir.resolve("tree/");
    client.upload(localFile("a.txt", "a"), tree.resolve("a.txt"));
    client.upload(localFile("b.txt", "b"), tree.resolve("deep/b.txt"));
    client.deleteTree(tree);
    assertThat(client.stat(tree.resolve("a.txt"))).isEmpty();
    assertThat(client.list(dir).stream().map(RemoteEntry::name).toList()).doesNotContain("tree");
    client.deleteTree(tree); // no error the second time
  }

  @Test
  public void mkdirsMakesADirectoryThatStatSees() throws IOException {
    URI made = dir.resolve("p/q/");
    client.mkdirs(made);
    client.mkdirs(made); // again: no error
    Optional<RemoteEntry> entry = client.stat(made);
    assertThat(entry).isPresent();
    assertThat(entry.get().directory()).isTrue();
  }

  @Test
  public void downloadingAMissingFileFailsNamingItsUrl() {
    URI url = dir.resolve("absent.txt");
    IOException e = assertThrows(IOException.class, () -> client.download(url, local.resolve("d")));
    assertThat(e).hasMessageThat().contains("absent.txt");
  }

  @Test
  public void concurrentUploadsOfOneFileLeaveOneWholeContent() throws Exception {
    URI url = dir.resolve("race.txt");
    String a = "a".repeat(100_000);
    String b = "b".repeat(100_000);
    Path fileA = localFile("ra.txt", a);
    Path fileB = localFile("rb.txt", b);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> uploads = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        Path from = i % 2 == 0 ? fileA : fileB;
        uploads.add(pool.submit(() -> {
          client.upload(from, url);
          return null;
        }));
      }
      for (Future<?> upload : uploads) {
        upload.get();
      }
    } finally {
      pool.shutdown();
    }
    Path back = local.resolve("race-back.txt");
    client.download(url, back);
    assertThat(Files.readString(back)).isAnyOf(a, b);
  }
}
