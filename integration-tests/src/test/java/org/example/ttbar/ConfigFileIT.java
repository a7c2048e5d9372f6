package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad {@code docket.cfg} seen through the sample analysis's generated main: exit 2, one line
 * naming the file and line, no stack trace, nothing run. The analysis has both backends on its
 * class path, so {@code [slurm]} is a known section (declared by the Slurm module).
 */
class ConfigFileIT {
  @TempDir Path store;
  private AnalysisProcess analysis;
  private Path cfg;

  @BeforeEach
  void setUp() {
    analysis = new AnalysisProcess(store);
    cfg = store.resolve("docket.cfg");
  }

  private String refused(String config, String... args) throws IOException, InterruptedException {
    Files.writeString(cfg, config);
    AnalysisProcess.Result result = analysis.run(args);
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    String err = result.err().strip();
    assertWithMessage(result.toString()).that(err.lines().count()).isEqualTo(1);
    assertThat(err).startsWith("docket: error: ");
    assertThat(err).doesNotContain("Exception");
    assertThat(err).doesNotContain("\tat ");
    assertThat(Files.exists(store.resolve("executions.log"))).isFalse();
    return err;
  }

  @Test
  void aTimeoutOfZeroIsRefusedBeforeAnyTaskRuns() throws Exception {
    assertThat(refused("[core]\nworkers = 2\n\n[Selection]\ntimeout = 0\n",
            "run", "Histograms", "--dataset", "ttbar"))
        .isEqualTo("docket: error: bad value '0' for [Selection] timeout in " + cfg + ", line 5:"
            + " a timeout must be more than 0 and at most 365d, e.g. 2h (leave the value empty,"
            + " timeout =, for no limit)");
  }

  @Test
  void unknownSectionsAndKeysGetTheClosestName() throws Exception {
    assertThat(refused("[Selectoin]\nmin-jets = 3\n", "run", "Histograms", "--dataset", "ttbar"))
        .startsWith("docket: error: unknown section [Selectoin] in " + cfg + ", line 1; did you"
            + " mean [Selection]? (known sections: [arc], [core], [fs.<name>], [htcondor], [job], [lsf], [pbs],"
            + " [resources], [sandbox], [sandbox.apptainer], [sandbox.bwrap], [sandbox.docker],"
            + " [sandbox.podman], [sandbox.singularity], [slurm] and one per task family");
    assertThat(refused("[core]\nwokers = 2\n", "run", "Histograms", "--dataset", "ttbar"))
        .startsWith("docket: error: unknown key 'wokers' in section [core] of " + cfg + ", line 2;"
            + " did you mean workers?");
    // [slurm] is checked on a local run too: a typo there is not found only at the cluster.
    assertThat(refused("[slurm]\npartiton = short\n", "run", "Histograms", "--dataset", "ttbar"))
        .startsWith("docket: error: unknown key 'partiton' in section [slurm] of " + cfg
            + ", line 2; did you mean partition?");
    assertThat(refused("[Selectoin]\nmin-jets = 3\n", "config")).contains("did you mean [Selection]?");
  }

  @Test
  void aDuplicatedKeyIsRefused() throws Exception {
    assertThat(refused("[Selection]\nmin-jets = 3\nmin-jets = 4\n", "run", "Histograms", "--dataset", "ttbar"))
        .isEqualTo("docket: error: malformed configuration " + cfg + ", line 3 'min-jets = 4':"
            + " min-jets is already set in section [Selection] (line 2); keep one");
  }

  @Test
  void aGoodFileWithEverySectionRunsAndPrints() throws Exception {
    Files.writeString(cfg,
        "[core]\nworkers = 2\nprogress = tasks\nhistory = off\n\n[job]\npoll-interval = 2\n\n"
            + "[resources]\ndb = 1\n\n[slurm]\npartition = debug\n\n[Selection]\nmin-jets = 3\n"
            + "timeout = 2h\n");
    AnalysisProcess.Result shown = analysis.run("config");
    assertWithMessage(shown.toString()).that(shown.exitCode()).isEqualTo(0);
    assertThat(shown.out()).contains("min-jets = 3  # " + cfg + ", line 16");
    assertThat(shown.out()).contains("[slurm]\npartition = debug  # " + cfg + ", line 13");
    AnalysisProcess.Result run = analysis.run("run", "Histograms", "--dataset", "ttbar");
    assertWithMessage(run.toString()).that(run.exitCode()).isEqualTo(0);
  }
}
