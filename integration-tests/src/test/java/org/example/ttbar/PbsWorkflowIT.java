package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link BatchWorkflowContract} on {@code --workflow pbs}, against the stand-in {@code qsub},
 * {@code qstat} and {@code qdel} of {@code backends/pbs/src/test/resources/pbs-standin}, which
 * replay PBS Professional's documented output (PBS cannot be installed here). The failsafe
 * configuration puts them first on the PATH of this JVM (the contract cancels and polls jobs
 * itself) and of the analyses it starts, with their "server" in {@code target/pbs-standin}.
 */
class PbsWorkflowIT extends BatchWorkflowContract {
  @RegisterExtension
  static final RequiredService STAND_INS = RequiredService.onPath("pbs_standin.py",
      "run the integration tests through Maven: integration-tests/pom.xml puts the PBS stand-ins on the PATH");

  @RegisterExtension
  static final RequiredService PYTHON = RequiredService.onPath("python3", "the PBS stand-ins are Python 3 scripts: apt-get install python3");

  @Override
  String backend() {
    return "pbs";
  }

  @Test
  void anUnknownKeyInThePbsSectionIsBadInputBeforeAnyJobIsSubmitted() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n[pbs]\nqueue = workq\nwalltme = 1:00:00\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "pbs");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("docket: error: unknown key 'walltme' in section [pbs] of " + store.resolve("docket.cfg")
        + ", line 5; did you mean walltime?");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(Files.exists(store.resolve(".docket/jobs/Skim"))).isFalse();
  }

  @Test
  void pbsSectionSettingsReachTheJobs() throws Exception {
    Files.writeString(store.resolve("docket.cfg"),
        "[job]\npoll-interval = 0.3\n[pbs]\nqueue = workq\nwalltime = 0:10:00\nselect = 1:ncpus=1:mem=1gb\n"
            + "account = cms-2026\nextra = -m n -W \"group_list=cms users\"\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "pbs", "--chunks", "2");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("finished: 2 ");
    String id = lastRecordedId();
    Process qstat = new ProcessBuilder("qstat", "-x", "-f", id).redirectErrorStream(true).start();
    assertThat(qstat.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String job = new String(qstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(job).contains("    queue = workq\n");
    assertThat(job).contains("    Resource_List.walltime = 0:10:00\n");
    assertThat(job).contains("    Resource_List.select = 1:ncpus=1:mem=1gb\n");
    assertThat(job).contains("    Account_Name = cms-2026\n");
    assertThat(job).contains("    Exit_status = 0\n");
  }

  @Test
  void aHeldJobFailsWithItsHoldTypeAfterTheHeldTimeout() throws Exception {
    Files.writeString(store.resolve("docket.cfg"),
        "[job]\npoll-interval = 0.3\nheld-timeout = 1s\n[pbs]\nextra = -h\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "pbs", "--chunks", "1", "--retries", "0");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("is held: user hold; it counts as failed after [job] held-timeout = 1s");
    assertThat(result.out()).contains("stayed held for 1s (user hold) and was cancelled, giving up after 1 attempts");
  }

  private String lastRecordedId() throws Exception {
    try (Stream<Path> dirs = Files.list(store.resolve(".docket/jobs/Skim"))) {
      List<String> record = Files.readAllLines(dirs.findFirst().orElseThrow().resolve("submission.tsv"));
      return record.get(record.size() - 1).split("\t")[4];
    }
  }
}
