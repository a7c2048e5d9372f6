package org.example.remote;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.example.ttbar.AnalysisProcess;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * What every storage protocol must do with a whole analysis: the chain of {@code
 * org.example.remote} (events → a workflow of skims → histograms → yields) writes its outputs
 * under {@code [fs.out]}, run on local workers, as local-process jobs and as Slurm jobs; the
 * outputs are then on the storage, a second run does nothing, and {@code --remove-output}
 * removes them but leaves the base. A protocol's test extends it and says where its server is
 * ({@link #base()}) and what else {@code [fs.out]} needs ({@link #fsOptions()}); each test
 * works in a fresh directory under that base.
 */
// The test's own RemoteFileTarget checks go through the JVM's one installed [fs.out]: no two
// such classes at a time (integration tests run two classes side by side).
@ResourceLock("remote-storage")
public abstract class RemoteChainContract {
  /** The outputs of the chain for datasets ttbar and wjets, 8 chunks each. */
  private static final int OUTPUTS = 2 + 2 * 8 + 2 + 1;

  @TempDir protected Path store;
  protected AnalysisProcess analysis;
  /** The base of {@code [fs.out]} in this test: a fresh directory under {@link #base()}. */
  protected String testBase;
  private RemoteStorage storage;

  /**
   * A directory URL on the server under which the tests may write, ending in '/', e.g. {@code
   * davs://127.0.0.1:8443/docket/}. Called before each test; skip the test there (with
   * {@code RequiredService.require}) when the server is not up.
   */
  protected abstract String base();

  /** Further keys of {@code [fs.out]} the protocol needs, e.g. {@code ca-dir}; none by default. */
  protected Map<String, String> fsOptions() {
    return Map.of();
  }

  @BeforeEach
  void writeConfig() throws IOException {
    testBase = base() + "chain-" + UUID.randomUUID().toString().substring(0, 8) + "/";
    Map<String, String> section = new LinkedHashMap<>();
    section.put("base", testBase);
    section.put("retry-delay", "100ms");
    section.putAll(fsOptions());
    StringBuilder cfg = new StringBuilder("[job]\npoll-interval = 0.3\n\n[fs.out]\n");
    section.forEach((key, value) -> cfg.append(key).append(" = ").append(value).append('\n'));
    Files.writeString(store.resolve("docket.cfg"), cfg.toString());
    analysis = new AnalysisProcess(store);
    // The test looks at the storage the way a task would: through [fs.out].
    storage = RemoteStorage.install(RemoteStorage.of(new DocketConfig(
        Optional.empty(), store, OptionalInt.empty(), Map.of("fs.out", section))));
  }

  @AfterEach
  void cleanUp() throws IOException {
    if (storage == null) {
      return; // the service was absent: writeConfig stopped at base()'s assumption
    }
    try {
      RemoteFileTarget.of("out", "events").remove();
      for (String dir : List.of("skim", "hist", "combined")) {
        RemoteFileTarget.of("out", dir).remove();
      }
    } finally {
      storage.close();
    }
  }

  private AnalysisProcess.Result ok(String... args) throws Exception {
    AnalysisProcess.Result result = analysis.run(args);
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    return result;
  }

  /** Every output of the chain, as the tasks name them. */
  private static List<RemoteFileTarget> outputs() {
    List<RemoteFileTarget> outputs = new ArrayList<>();
    for (String dataset : List.of("ttbar", "wjets")) {
      outputs.add(RemoteFileTarget.of("out", "events", "v1", dataset + ".csv"));
      for (int branch = 0; branch < 8; branch++) {
        outputs.add(RemoteFileTarget.of("out", "skim", "v1", dataset, branch + ".txt"));
      }
      outputs.add(RemoteFileTarget.of("out", "hist", "v1", dataset + ".csv"));
    }
    outputs.add(RemoteFileTarget.of("out", "combined", "v1", "yields.csv"));
    return outputs;
  }

  private void assertTheChainIsOnTheStorage(String how) throws Exception {
    for (RemoteFileTarget output : outputs()) {
      assertWithMessage(output.describe() + " after " + how).that(output.exists()).isTrue();
    }
    String yields = RemoteFileTarget.of("out", "combined", "v1", "yields.csv").readString();
    assertThat(yields).startsWith("dataset,events\nttbar,");
    assertThat(yields).contains("\nwjets,");
    // Nothing of it was written into the local store.
    assertThat(Files.exists(store.resolve("combined"))).isFalse();
    // A second run finds everything complete, from the storage.
    AnalysisProcess.Result again = ok("run", "RemoteYields");
    assertThat(again.out()).contains("Summary: 0 ran");
  }

  /**
   * One test for everything a run on local workers shows, so that each protocol pays for the
   * analysis's start as few times as it can: the chain on the storage, its status, a second run
   * that does nothing, and {@code --remove-output}, which removes every output but leaves the
   * base.
   */
  @Test
  public void theChainRunsOnLocalWorkersShowsItsStatusAndIsRemoved() throws Exception {
    ok("run", "RemoteYields", "--workers", "3");
    String status = ok("run", "RemoteYields", "--print-status", "-1").out();
    assertThat(status).contains(testBase + "hist/v1/ttbar.csv");
    assertThat(status).contains("8/8 branches complete");
    assertTheChainIsOnTheStorage("a run on local workers");

    AnalysisProcess.Result removed = ok("run", "RemoteYields", "--remove-output", "-1,a");
    assertThat(removed.out()).contains("Removed " + OUTPUTS + " outputs.");
    for (RemoteFileTarget output : outputs()) {
      assertWithMessage(output.describe()).that(output.exists()).isFalse();
    }
    // The base itself is still there: files go into it again.
    RemoteFileTarget again = RemoteFileTarget.of("out", "events", "v1", "ttbar.csv");
    again.writeString("again\n");
    assertThat(again.readString()).isEqualTo("again\n");
  }

  /** Jobs of eight tasks: a job per dataset's skims, enough to show jobs reading and writing. */
  @Test
  public void theChainRunsAsLocalProcessJobs() throws Exception {
    ok("run", "RemoteYields", "--workflow", "local-process", "--tasks-per-job", "8");
    assertTheChainIsOnTheStorage("a run as local-process jobs");
  }

  @Test
  public void theChainRunsAsSlurmJobs() throws Exception {
    RequiredService.require(RequiredService.find("sbatch").isPresent(),
        "sbatch is not on the PATH: start a local Slurm with scripts/slurm-up.sh (as root)");
    ok("run", "RemoteYields", "--workflow", "slurm", "--tasks-per-job", "8");
    assertTheChainIsOnTheStorage("a run as Slurm jobs");
  }
}
