package org.example.ttbar;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;

/**
 * {@link BatchWorkflowContract} on {@code --workflow slurm}, against the real single-node Slurm
 * that {@code scripts/slurm-up.sh} starts (and {@code .ci/run} calls before the build).
 */
class SlurmWorkflowIT extends BatchWorkflowContract {
  @BeforeAll
  static void needsSlurm() {
    boolean sbatch = Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, "sbatch")));
    assumeTrue(sbatch, "sbatch is not installed: start a local Slurm with scripts/slurm-up.sh (as root) to run these tests");
  }

  @Override
  String backend() {
    return "slurm";
  }
}
