package dev.docket.backends.xrootd;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The XRootD server of {@code scripts/xrootd-up.sh} (or the one {@code DOCKET_XROOTD_URL} names)
 * and the client tools, checked before each test: where either is missing the test is reported
 * as skipped, and fails where {@code DOCKET_REQUIRE_SERVICES=1} (CI), as the Slurm tests do.
 */
final class LocalXrootd implements BeforeEachCallback {
  /** Where the tests write: a directory of the local server, ending in '/'. */
  static final URI BASE = URI.create(
      System.getenv().getOrDefault("DOCKET_XROOTD_URL", "root://localhost:1094//docket-tests/"));

  private final boolean needsServer;

  private LocalXrootd(boolean needsServer) {
    this.needsServer = needsServer;
  }

  /** The client tools and the server. */
  static LocalXrootd server() {
    return new LocalXrootd(true);
  }

  /** Only the client tools. */
  static LocalXrootd tools() {
    return new LocalXrootd(false);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (XrdTools.find(System.getenv().getOrDefault("PATH", "")).isEmpty()) {
      require("xrdfs and xrdcp are not on the PATH: install them and start a server with"
          + " scripts/xrootd-up.sh (as root)");
    } else if (needsServer && !listening()) {
      require("no XRootD server answers at " + BASE + ": start one with scripts/xrootd-up.sh");
    }
  }

  private static boolean listening() {
    int port = BASE.getPort() < 0 ? 1094 : BASE.getPort();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(BASE.getHost(), port), 2_000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void require(String missing) {
    if ("1".equals(System.getenv("DOCKET_REQUIRE_SERVICES"))) {
      fail(missing + " (DOCKET_REQUIRE_SERVICES=1: this run must not skip it)");
    }
    abort(missing);
  }
}
