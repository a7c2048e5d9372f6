package dev.docket.testkit;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A service some tests need (a Slurm, Maven, root's mount, a storage server). In the runtime's
 * test jar, so that every module's tests follow one rule. Where it is missing each such test
 * is reported as skipped, with the way to get the service, so that it stays in the counts;
 * where {@code DOCKET_REQUIRE_SERVICES=1} (CI, which starts every service) it fails instead, so a
 * service that did not come up cannot pass as a green build.
 *
 * <p>Register it on a test class with {@code @RegisterExtension}; it is checked before each test
 * (an assumption in {@code @BeforeAll} would take the tests out of the counts altogether). For a
 * capability known only inside a test, call {@link #require(boolean, String)}.
 */
public final class RequiredService implements BeforeEachCallback {
  public static final String REQUIRE_ALL = "DOCKET_REQUIRE_SERVICES";

  private final BooleanSupplier present;
  private final String missing;

  private RequiredService(BooleanSupplier present, String missing) {
    this.present = present;
    this.missing = missing;
  }

  /** A command that must be on the PATH; {@code howToGetIt} completes "… is not on the PATH: ". */
  public static RequiredService onPath(String program, String howToGetIt) {
    return new RequiredService(
        () -> find(program).isPresent(), program + " is not on the PATH: " + howToGetIt);
  }

  /**
   * A server that must accept connections on 127.0.0.1:{@code port}; {@code missing} says what
   * is absent and how to start it, e.g. "no WebDAV server on 127.0.0.1:8480: start it with
   * scripts/webdav-up.sh".
   */
  public static RequiredService listening(int port, String missing) {
    return new RequiredService(() -> accepts(port), missing);
  }

  /** Whether something accepts connections on 127.0.0.1:{@code port} now. */
  public static boolean accepts(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The Slurm that {@code scripts/slurm-up.sh} starts. */
  public static RequiredService slurm() {
    return onPath("sbatch", "start a local Slurm with scripts/slurm-up.sh (as root)");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    require(present.getAsBoolean(), missing);
  }

  /** Skips the calling test with {@code missing}, or fails it where every service is required. */
  public static void require(boolean present, String missing) {
    if (present) {
      return;
    }
    if ("1".equals(System.getenv(REQUIRE_ALL))) {
      fail(missing + " (" + REQUIRE_ALL + "=1: this run must not skip it)");
    }
    abort(missing);
  }

  /** {@code program} in a directory of the PATH, as a shell would find it. */
  public static Optional<Path> find(String program) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
