package dev.docket.backends.slurm;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The local Slurm of {@code scripts/slurm-up.sh}, checked before each test: where {@code sbatch}
 * is missing each test is reported as skipped, and fails where {@code DOCKET_REQUIRE_SERVICES=1}
 * (CI). The integration tests' {@code RequiredService} applies the same rule; the two modules
 * share no test code (a test-jar of the runtime would bring its fixture services along).
 */
final class LocalSlurm implements BeforeEachCallback {
  @Override
  public void beforeEach(ExtensionContext context) {
    boolean sbatch = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> Files.isExecutable(Path.of(dir.isEmpty() ? "." : dir, "sbatch")));
    if (sbatch) {
      return;
    }
    String missing = "sbatch is not on the PATH: start a local Slurm with scripts/slurm-up.sh (as root)";
    if ("1".equals(System.getenv("DOCKET_REQUIRE_SERVICES"))) {
      fail(missing + " (DOCKET_REQUIRE_SERVICES=1: this run must not skip it)");
    }
    abort(missing);
  }
}
