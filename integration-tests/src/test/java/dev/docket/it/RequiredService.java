package dev.docket.it;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A service some tests need (a Slurm, Maven, root's mount). Where it is missing each such test
 * is reported as skipped, with the way to get the service, so that it stays in the counts;
 * where {@code DOCKET_REQUIRE_SERVICES=1} (CI, which starts every service) it fails instead, so a
 * service that did not come up cannot pass as a green build.
 *
 * <p>Register it on a test class with {@code @RegisterExtension}; it is checked before each test
 * (an assumption in {@code @BeforeAll} would take the tests out of the counts altogether). For a
 * capability known only inside a test, call {@link #require(boolean, String)}.
 */
public final class RequiredService implements BeforeEachCallback {
  static final String REQUIRE_ALL = "DOCKET_REQUIRE_SERVICES";

  private final String program;
  private final String howToGetIt;

  private RequiredService(String program, String howToGetIt) {
    this.program = program;
    this.howToGetIt = howToGetIt;
  }

  /** A command that must be on the PATH; {@code howToGetIt} completes "… is not on the PATH: ". */
  public static RequiredService onPath(String program, String howToGetIt) {
    return new RequiredService(program, howToGetIt);
  }

  /** The Slurm that {@code scripts/slurm-up.sh} starts. */
  public static RequiredService slurm() {
    return onPath("sbatch", "start a local Slurm with scripts/slurm-up.sh (as root)");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    require(find(program).isPresent(), program + " is not on the PATH: " + howToGetIt);
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
