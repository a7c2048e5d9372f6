package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.testkit.RequiredService;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@link ShippedJobsIT} on the real Slurm of {@code scripts/slurm-up.sh}: Slurm transfers
 * nothing, so bundled jobs start in the bundle's own directory ({@code --chdir}) and still
 * run on the bundle's files alone.
 */
@ResourceLock("slurm")
class ShippedSlurmJobsIT extends ShippedJobsIT {
  @RegisterExtension static final RequiredService SLURM = RequiredService.slurm();

  @Override
  String backend() {
    return "slurm";
  }

  @Override
  void assertBundledJobRanIn(Path pwd, Path submission) {
    assertThat(pwd).isEqualTo(submission.resolve("bundle"));
  }
}
