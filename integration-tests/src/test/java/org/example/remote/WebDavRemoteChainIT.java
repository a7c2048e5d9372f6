package org.example.remote;

import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * {@link RemoteChainContract} on WebDAV over TLS: the davs server of {@code
 * scripts/webdav-up.sh} (Apache's mod_dav, a certificate from its test CA, trusted through
 * {@code ca-dir}), found through the settings file the script writes.
 */
class WebDavRemoteChainIT extends RemoteChainContract {
  private static final Path ENV_FILE = Path.of(System.getenv().getOrDefault(
      "DOCKET_WEBDAV_ENV", "/tmp/docket-webdav/webdav.env"));

  /** A value of the script's settings file, if the file is there. */
  private static Optional<String> setting(String key) {
    if (!Files.isReadable(ENV_FILE)) {
      return Optional.empty();
    }
    try {
      return Files.readAllLines(ENV_FILE).stream()
          .filter(line -> line.startsWith(key + "="))
          .map(line -> line.substring(key.length() + 1).trim())
          .findFirst();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected String base() {
    Optional<String> davs = setting("DOCKET_WEBDAV_DAVS");
    RequiredService.require(davs.isPresent() && RequiredService.accepts(
            URI.create(davs.get()).getPort()),
        "no WebDAV server (" + ENV_FILE + "): start it with scripts/webdav-up.sh (as root)");
    return davs.get();
  }

  @Override
  protected Map<String, String> fsOptions() {
    return Map.of("ca-dir", setting("DOCKET_WEBDAV_CA_DIR").orElseThrow());
  }
}
