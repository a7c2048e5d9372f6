package dev.docket.backends.gfal;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageClientContract;
import dev.docket.testkit.RequiredService;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The storage contract through gfal2's http plugin, against the Apache WebDAV server of {@code
 * scripts/webdav-up.sh}: a remote protocol, with gfal-rename as a MOVE.
 */
class GfalDavTest extends StorageClientContract {
  private static final int PORT = Integer.parseInt(
      System.getenv().getOrDefault("DAV_PORT", "").isEmpty() ? "18080" : System.getenv("DAV_PORT"));

  @RegisterExtension static final RequiredService GFAL = GfalTools.required();

  @RegisterExtension
  static final RequiredService DAV = RequiredService.listening(
      PORT, "no WebDAV server on 127.0.0.1:" + PORT + ": start it with scripts/webdav-up.sh");

  @Override
  protected StorageClient client() {
    return GfalFileTest.open(Map.of());
  }

  @Override
  protected URI base() {
    return URI.create("http://127.0.0.1:" + PORT + "/dav/gfal-contract/");
  }
}
