package dev.docket.backends.gfal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageClientContract;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.RequiredService;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The storage contract through the real gfal2 command line and its file:// plugin. */
class GfalFileTest extends StorageClientContract {
  @RegisterExtension static final RequiredService GFAL = GfalTools.required();

  @TempDir Path remote;

  static StorageClient open(Map<String, String> options) {
    return new GfalProvider().open(new StorageSettings("grid", Duration.ofSeconds(60), options),
        URI.create("file:///"));
  }

  @Override
  protected StorageClient client() {
    return open(Map.of());
  }

  @Override
  protected URI base() {
    return remote.toUri();
  }

  @Test
  void theFileLandsWhereGfalPutItWithTheBytesUploaded() throws Exception {
    URI url = dir.resolve("deep/er/out.txt");
    client.upload(localFile("o.txt", "on disk"), url);
    assertThat(Files.readString(Path.of(url))).isEqualTo("on disk");
    try (var files = Files.list(Path.of(url).getParent())) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("out.txt");
    }
  }

  @Test
  void aProtocolWithoutItsPluginIsPermanentAndSaysWhichPackage() {
    GfalTools.assumeNoPlugin("srm");
    URI url = URI.create("srm://127.0.0.1:8446/srm/managerv2?SFN=/x");
    StorageException e = assertThrows(StorageException.class, () -> client.stat(url));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e).hasMessageThat().contains("gfal2-plugin-srm");
  }
}
