package dev.docket.runtime.spi.storage;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The storage SPI's own rules, which every backend relies on. */
class StorageSpiTest {
  @Test
  void anEntrysNameIsOnePathPart() {
    assertThat(new RemoteEntry("hist_3.root", 12, 5, false).name()).isEqualTo("hist_3.root");
    IllegalArgumentException slash =
        assertThrows(IllegalArgumentException.class, () -> new RemoteEntry("a/b", 0, 0, false));
    assertThat(slash).hasMessageThat().isEqualTo("an entry's name is one path part: 'a/b'");
    assertThrows(IllegalArgumentException.class, () -> new RemoteEntry("", 0, 0, true));
    assertThrows(IllegalArgumentException.class, () -> new RemoteEntry("/", 0, 0, true));
  }

  @Test
  void aTemporaryNameLiesBesideTheFileAndIsKnownAsTemporary() {
    URI url = URI.create("davs://host:8443/data/run%201/hist_3.root");

    URI first = StorageNames.temporary(url);
    URI second = StorageNames.temporary(url);

    assertThat(first.toString()).matches("davs://host:8443/data/run%201/\\.hist_3\\.root\\.docket-[0-9a-f]{12}\\.tmp");
    assertThat(second).isNotEqualTo(first);
    String name = first.getPath().substring(first.getPath().lastIndexOf('/') + 1);
    assertThat(StorageNames.isTemporary(name)).isTrue();
  }

  @Test
  void onlyNamesOfTheRuleAreTemporary() {
    assertThat(StorageNames.isTemporary(".h.root.docket-0123456789ab.tmp")).isTrue();
    assertThat(StorageNames.isTemporary("hist_3.root")).isFalse();
    assertThat(StorageNames.isTemporary("h.root.docket-0123456789ab.tmp")).isFalse(); // no leading dot
    assertThat(StorageNames.isTemporary(".h.root.docket-0123456789ab.tmp.gz")).isFalse();
    assertThat(StorageNames.isTemporary(".cache.tmp")).isFalse(); // a user's file, not an upload
  }

  @Test
  void anExceptionSaysWhetherToRetryAndWhichUrlFailed() {
    URI url = URI.create("root://eos.example/a");
    IOException cause = new IOException("reset");

    StorageException e = new StorageException(StorageException.Kind.PERMANENT, url, "denied", cause);

    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e.url()).isEqualTo(url);
    assertThat(e).hasMessageThat().isEqualTo("denied");
    assertThat(e).hasCauseThat().isSameInstanceAs(cause);
    assertThat(new StorageException(StorageException.Kind.TRANSIENT, url, "busy").kind())
        .isEqualTo(StorageException.Kind.TRANSIENT);
  }

  @Test
  void settingsKeepTheOptionsAsGiven() {
    Map<String, String> options = new HashMap<>(Map.of("token-file", "/run/token"));
    StorageSettings settings = new StorageSettings("eos", Duration.ofSeconds(5), options);
    options.put("token-file", "changed");

    assertThat(settings.option("token-file")).hasValue("/run/token");
    assertThat(settings.option("missing")).isEmpty();
  }

  /** A client that can only download, for the default {@code open}. */
  private static final class DownloadOnly implements StorageClient {
    final byte[] content;
    Path downloadedTo;

    DownloadOnly(byte[] content) {
      this.content = content;
    }

    @Override
    public void download(URI url, Path local) throws IOException {
      downloadedTo = local;
      if (content == null) {
        Files.writeString(local, "half");
        throw new StorageException(StorageException.Kind.TRANSIENT, url, "connection reset");
      }
      Files.write(local, content);
    }

    @Override
    public Optional<RemoteEntry> stat(URI url) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<RemoteEntry> list(URI directory) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void upload(Path local, URI url) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void delete(URI url) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void deleteTree(URI url) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void mkdirs(URI url) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void openStreamsADownloadedCopyAndRemovesItWhenClosed() throws IOException {
    DownloadOnly client = new DownloadOnly("events".getBytes(StandardCharsets.UTF_8));

    try (InputStream in = client.open(URI.create("root://eos.example/a"))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("events");
      assertThat(Files.exists(client.downloadedTo)).isTrue();
    }

    assertThat(Files.exists(client.downloadedTo)).isFalse();
  }

  @Test
  void aClosedStreamOfADownloadReadsNoMore() throws IOException {
    DownloadOnly client = new DownloadOnly("events".getBytes(StandardCharsets.UTF_8));
    InputStream in = client.open(URI.create("root://eos.example/a"));

    in.close();

    assertThrows(IOException.class, in::read);
  }

  @Test
  void aFailedDownloadLeavesNoTemporaryFile() {
    DownloadOnly client = new DownloadOnly(null);

    StorageException e = assertThrows(StorageException.class, () -> client.open(URI.create("root://eos.example/a")));

    assertThat(e).hasMessageThat().isEqualTo("connection reset");
    assertThat(Files.exists(client.downloadedTo)).isFalse();
  }
}
