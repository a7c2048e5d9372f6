package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch system whose tools are not on the PATH: the run stops before anything is planned or
 * submitted, with exit status 2 and one line naming the missing tool and the fix. The analysis
 * runs with a PATH of one empty directory (its JVM is started by absolute path), so neither a
 * real Slurm nor an HTCondor pool is needed.
 */
class MissingBatchToolsIT {
  @TempDir Path store;

  @Test
  void withoutSbatchTheSlurmRunStopsWithAdviceBeforeAnything() throws Exception {
    assertStopsNaming("slurm", "--workflow slurm needs Slurm's sbatch, which is not on PATH; run on a"
        + " login node of your cluster, or start a local Slurm with scripts/slurm-up.sh");
  }

  @Test
  void withoutCondorSubmitTheHTCondorRunStopsWithAdviceBeforeAnything() throws Exception {
    assertStopsNaming("htcondor", "--workflow htcondor needs HTCondor's condor_submit, which is not on"
        + " PATH; run on a submit machine of your pool or put HTCondor's tools on PATH");
  }

  private void assertStopsNaming(String workflow, String message) throws Exception {
    Path empty = Files.createDirectories(store.resolve("empty-bin"));
    AnalysisProcess.Result result =
        new AnalysisProcess(store)
            .withEnvironment("PATH", empty.toString())
            .run("run", "Skim", "--workflow", workflow);

    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("docket: error: " + message + "\n");
    assertThat(Files.exists(store.resolve(".docket/jobs/Skim"))).isFalse();
  }
}
