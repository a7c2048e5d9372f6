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
}
