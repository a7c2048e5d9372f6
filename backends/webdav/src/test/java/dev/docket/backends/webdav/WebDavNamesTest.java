package dev.docket.backends.webdav;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Names that need percent-encoding, through upload, listing, stat and download. */
class WebDavNamesTest {
  @RegisterExtension static final WebDavServer SERVER = new WebDavServer();

  @TempDir Path local;

  private StorageClient client;
  private URI dir;

  @BeforeEach
  void open() throws IOException {
    URI base = WebDavServer.url("DOCKET_WEBDAV_HTTP");
    client = WebDavServer.open(base, Map.of());
    dir = base.resolve("names-" + UUID.randomUUID() + "/");
  }

  @AfterEach
  void close() throws IOException {
    try {
      client.deleteTree(dir);
    } finally {
      client.close();
    }
  }

  @Test
  void oddNamesRoundTrip() throws IOException {
    // What URI's multi-argument constructors make of "grüße ✓/100% + #1.root": the runtime's form.
    URI file = dir.resolve("gr%C3%BC%C3%9Fe%20%E2%9C%93/100%25%20+%20%231.root");
    client.upload(Files.writeString(local.resolve("in"), "odd"), file);

    assertThat(client.list(dir)).containsExactly(
        new RemoteEntry("grüße ✓", 0, client.stat(dir.resolve("gr%C3%BC%C3%9Fe%20%E2%9C%93/"))
            .get().lastModified(), true));
    RemoteEntry entry = client.list(dir.resolve("gr%C3%BC%C3%9Fe%20%E2%9C%93/")).get(0);
    assertThat(entry.name()).isEqualTo("100% + #1.root");
    assertThat(entry.size()).isEqualTo(3);
    assertThat(client.stat(file).get().name()).isEqualTo("100% + #1.root");
    client.download(file, local.resolve("out"));
    assertThat(Files.readString(local.resolve("out"))).isEqualTo("odd");
  }

  @Test
  void aListingOfAFileIsEmptyAndAStatOfADirectoryWithoutSlashSeesIt() throws IOException {
    URI file = dir.resolve("sub/f.txt");
    client.upload(Files.writeString(local.resolve("in"), "f"), file);
    assertThat(client.list(file)).isEmpty();
    assertThat(client.stat(dir.resolve("sub")).get().directory()).isTrue();
  }
}
