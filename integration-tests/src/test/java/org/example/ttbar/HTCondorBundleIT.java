package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * {@code [job] ship = bundle} on the real HTCondor pool: the client's class path stays where
 * Maven put it (root's {@code ~/.m2}, which the jobs' user cannot read), so the jobs can run only
 * from the bundle HTCondor transfers into their scratch directories.
 */
@Isolated("it points AnalysisProcess at a copy of the class path through system properties")
class HTCondorBundleIT {
  @RegisterExtension static final RequiredService TOOLS = HTCondorPool.tools();
  @RegisterExtension static final RequiredService POOL = HTCondorPool.collector();

  @TempDir Path store;
  private AnalysisProcess analysis;

  @BeforeEach
  void setUp() throws Exception {
    HTCondorPool.share(store);
    analysis = new AnalysisProcess(store);
  }

  @Test
  void jobsRunFromTheTransferredBundle() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\nship = bundle\n");
    try {
      AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "htcondor", "--chunks", "2");
      assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
      assertThat(result.out()).contains("finished: 2 ");
      for (int b = 0; b < 2; b++) {
        assertWithMessage("output of branch " + b).that(Files.exists(store.resolve("skim/v1/ttbar/" + b + ".txt"))).isTrue();
      }
      Path dir;
      try (Stream<Path> dirs = Files.list(store.resolve(".docket/jobs/Skim"))) {
        dir = dirs.findFirst().orElseThrow();
      }
      String submit = Files.readString(dir.resolve("htcondor.sub"));
      assertThat(submit).contains("should_transfer_files = YES\n");
      assertThat(submit).containsMatch("transfer_input_files = [^\n]*/job\\.sh,[^\n]*/bundle/docket\\.cfg[,\n]");
      assertThat(submit).containsMatch("transfer_input_files = [^\n]*/bundle/00-classes\\.jar");
      assertThat(Files.readString(dir.resolve("logs/job-0.log"))).contains("docket job 0: exit status 0");
    } finally {
      analysis.run("run", "Skim", "--chunks", "2", "--cancel-jobs");
    }
  }
}
