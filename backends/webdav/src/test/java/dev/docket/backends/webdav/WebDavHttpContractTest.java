package dev.docket.backends.webdav;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageClientContract;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract over plain http:// against Apache's mod_dav. */
class WebDavHttpContractTest extends StorageClientContract {
  @RegisterExtension static final WebDavServer SERVER = new WebDavServer();

  @Override
  protected StorageClient client() throws IOException {
    return WebDavServer.open(base(), Map.of());
  }

  @Override
  protected URI base() {
    return WebDavServer.url("DOCKET_WEBDAV_HTTP");
  }

  @org.junit.jupiter.api.Test
  void concurrentMkdirsOfOnePathAllSucceed() throws Exception {
    // Apache's mod_dav answers 403 to the MKCOL that loses a race for a new collection.
    try (StorageClient client = client()) {
      var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
      try {
        for (int round = 0; round < 20; round++) {
          URI top = base().resolve("race-" + System.nanoTime() + "/");
          URI dir = top.resolve("a/b/");
          var made = new java.util.ArrayList<java.util.concurrent.Future<?>>();
          for (int t = 0; t < 8; t++) {
            made.add(pool.submit(() -> {
              client.mkdirs(dir);
              return null;
            }));
          }
          for (var future : made) {
            future.get(); // throws what mkdirs threw
          }
          com.google.common.truth.Truth.assertThat(client.stat(dir).orElseThrow().directory()).isTrue();
          client.deleteTree(top);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
