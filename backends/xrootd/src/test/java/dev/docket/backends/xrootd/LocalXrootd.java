package dev.docket.backends.xrootd;

import dev.docket.testkit.RequiredService;
import java.net.URI;
import java.nio.file.Path;

/**
 * The XRootD server of {@code scripts/xrootd-up.sh} and the client tools, as {@link
 * RequiredService}s: skipped with this advice where missing, failed where {@code
 * DOCKET_REQUIRE_SERVICES=1} (CI).
 */
final class LocalXrootd {
  /** The server's port: the script's {@code XRD_PORT}, 1094 by default. */
  static final int PORT = Integer.parseInt(System.getenv().getOrDefault("XRD_PORT", "1094"));

  /** Where the tests write: a directory of the local server, ending in '/'. */
  static final URI BASE = URI.create("root://localhost:" + PORT + "//docket-tests/");

  /** The server's data directory, where {@link #BASE} is {@code docket-tests/}: the script's {@code XRD_DATA}. */
  static final Path DATA = Path.of(System.getenv().getOrDefault("XRD_DATA",
      System.getenv().getOrDefault("XRD_HOME", "/tmp/docket-xrootd") + "/data"));

  private LocalXrootd() {}

  /** The client tools {@code xrdfs} and {@code xrdcp}. */
  static RequiredService tools() {
    return RequiredService.onPath("xrdcp",
        "install xrootd-client (Debian) and start a server with scripts/xrootd-up.sh (as root)");
  }

  /** The server itself. */
  static RequiredService server() {
    return RequiredService.listening(PORT,
        "no XRootD server on 127.0.0.1:" + PORT + ": start one with scripts/xrootd-up.sh (as root)");
  }
}
