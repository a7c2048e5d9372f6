package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageClientContract;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** The built-in file:// protocol passes the contract of every storage client. */
class FileStorageClientTest extends StorageClientContract {
  private static final Path BASE;

  static {
    try {
      BASE = Files.createTempDirectory("docket-file-storage-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected StorageClient client() {
    return new FileStorageProvider()
        .open(new StorageSettings("test", Duration.ofSeconds(5), Map.of()), base());
  }

  @Override
  protected URI base() {
    return BASE.toUri();
  }
}
