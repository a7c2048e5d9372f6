package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

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

  @Test
  void anUnknownKeyInTheSlurmSectionIsBadInputBeforeAnyJobIsSubmitted() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n[slurm]\npartition = debug\npartiton = short\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "slurm");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown key 'partiton' in section [slurm] of " + store.resolve("docket.cfg")
        + ", line 5 (it has partition, time, account, qos, memory, cpus, extra; pass any other sbatch option with extra)");
    assertThat(result.err()).doesNotContain("\tat ");
    assertThat(Files.exists(store.resolve(".docket/jobs/Skim"))).isFalse();
  }

  @Test
  void slurmSectionOptionsApplyToAWorkflowsJobs() throws Exception {
    Files.writeString(store.resolve("docket.cfg"),
        "[job]\npoll-interval = 0.3\n[slurm]\npartition = debug\ntime = 0:10:00\nmemory = 64M\ncpus = 1\n"
            + "extra = --comment \"docket IT\" --nice=0\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "slurm", "--chunks", "2");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("finished: 2 ");
    String id;
    try (Stream<Path> dirs = Files.list(store.resolve(".docket/jobs/Skim"))) {
      List<String> record = Files.readAllLines(dirs.findFirst().orElseThrow().resolve("submission.tsv"));
      id = record.get(record.size() - 1).split("\t")[4];
    }
    Process scontrol = new ProcessBuilder("scontrol", "show", "job", id).redirectErrorStream(true).start();
    assertThat(scontrol.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String job = new String(scontrol.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(job).contains("Partition=debug");
    assertThat(job).contains("TimeLimit=00:10:00");
    assertThat(job).contains("MinMemoryNode=64M");
    assertThat(job).contains("Comment=docket IT");
  }

  @Override
  String backend() {
    return "slurm";
  }
}
