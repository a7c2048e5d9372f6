package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageClientContract;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract against the real XRootD server of scripts/xrootd-up.sh, plus its own cases. */
class XrootdClientTest extends StorageClientContract {
  @RegisterExtension static final RequiredService TOOLS = LocalXrootd.tools();
  @RegisterExtension static final RequiredService SERVER = LocalXrootd.server();

  @Override
  protected StorageClient client() throws IOException {
    return new XrootdProvider().open(new StorageSettings("test", Duration.ofSeconds(30), Map.of()), base());
  }

  @Override
  protected URI base() {
    return LocalXrootd.BASE;
  }

  @Test
  void namesWithSpacesAndPercentSignsSurviveTheRoundTrip() throws IOException {
    URI url = dir.resolve("with%20space/a%20b%2525.txt"); // "with space/a b%25.txt" on the server
    client.upload(localFile("s.txt", "spaced"), url);

    assertThat(client.stat(url).map(RemoteEntry::name)).hasValue("a b%25.txt");
    List<RemoteEntry> listing = client.list(dir.resolve("with%20space/"));
    assertThat(listing.stream().map(RemoteEntry::name).toList()).containsExactly("a b%25.txt");
    Path back = local.resolve("back.txt");
    client.download(url, back);
    assertThat(Files.readString(back)).isEqualTo("spaced");
  }

  @Test
  void aListingGivesEachFileTheSizeAndTimeItsStatGives() throws IOException {
    for (int i = 0; i < 30; i++) {
      client.upload(localFile("f" + i, "x".repeat(i)), dir.resolve("many/f" + i + ".txt"));
    }
    List<RemoteEntry> listing = client.list(dir.resolve("many/"));
    assertThat(listing).hasSize(30);
    assertThat(listing).contains(new RemoteEntry("f7.txt", 7,
        client.stat(dir.resolve("many/f7.txt")).get().lastModified(), false));
  }

  @Test
  void aFailedDownloadLeavesTheOldLocalFileAndNoPart() throws IOException {
    Path old = localFile("kept.txt", "old content");
    assertThrows(IOException.class, () -> client.download(dir.resolve("absent.txt"), old));
    assertThat(Files.readString(old)).isEqualTo("old content");
    try (var files = Files.list(local)) {
      assertThat(files.map(f -> f.getFileName().toString()).toList()).containsExactly("kept.txt");
    }
  }

  @Test
  void aListingOfAFileIsEmptyAndAPathThroughAFileIsPermanentlyRefused() throws IOException {
    URI file = dir.resolve("plain.txt");
    client.upload(localFile("p.txt", "p"), file);
    assertThat(client.list(file)).isEmpty();
    StorageException e = assertThrows(StorageException.class, () -> client.mkdirs(dir.resolve("plain.txt/sub/")));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e).hasMessageThat().contains("not a directory");
  }
}
