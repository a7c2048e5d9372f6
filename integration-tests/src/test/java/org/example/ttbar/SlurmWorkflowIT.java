package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import dev.docket.runtime.internal.batch.BatchBackends;
import dev.docket.runtime.spi.batch.JobState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * {@link BatchWorkflowContract} on {@code --workflow slurm}, against the real single-node Slurm
 * that {@code scripts/slurm-up.sh} starts (and {@code .ci/run} calls before the build).
 */
@ResourceLock("slurm")
class SlurmWorkflowIT extends BatchWorkflowContract {
  @RegisterExtension static final RequiredService SLURM = RequiredService.slurm();

  @Test
  void anUnknownKeyInTheSlurmSectionIsBadInputBeforeAnyJobIsSubmitted() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n[slurm]\npartition = debug\npartiton = short\n");
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--workflow", "slurm");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown key 'partiton' in section [slurm] of " + store.resolve("docket.cfg")
        + ", line 5; did you mean partition? ([slurm] has partition, time, account, qos, memory, cpus, extra)");
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

  /**
   * More jobs than MaxArraySize=1001 allows in one array (held, so that nothing runs): two
   * arrays, one record whose ids survive a client restart, and --cancel-jobs reaching both.
   */
  @Test
  void twelveHundredJobsAreTwoArrays_reattachedAfterARestart_andCancelled() throws Exception {
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 0.3\n[slurm]\nextra = --hold\n");
    try {
      Process client = startClient(store.resolve("client.out"), "--chunks", "1200");
      List<String[]> rows = waitForRecord(r -> r.size() == 1200 && count(r, "STAGED") == 0, "1200 submitted jobs");
      client.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      List<String> ids = rows.stream().map(r -> r[4]).toList();
      assertThat(ids.stream().map(id -> id.split("_")[0]).distinct().count()).isEqualTo(2);
      assertThat(ids.get(1000)).endsWith("_1000");
      assertThat(ids.get(1001)).endsWith("_0"); // job 1001: element 0 of the array based at 1001
      assertThat(ids.get(1199)).endsWith("_198");
      assertThat(Set.copyOf(ids)).hasSize(1200);

      Path again = store.resolve("again.out");
      Process second = startClient(again, "--chunks", "1200");
      long end = System.currentTimeMillis() + 60_000;
      while (!(Files.exists(again) && Files.readString(again).contains("all: 1200, pending: 1200"))
          && second.isAlive() && System.currentTimeMillis() < end) {
        Thread.sleep(200);
      }
      second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      assertThat(Files.readString(again)).contains("re-attaching to 1200 jobs in flight");
      assertThat(Files.readString(again)).doesNotContain("submitted");
      assertThat(record().stream().map(r -> r[4]).toList()).isEqualTo(ids);

      AnalysisProcess.Result cancel = analysis.run("run", "Skim", "--chunks", "1200", "--cancel-jobs");
      assertWithMessage(cancel.toString()).that(cancel.exitCode()).isEqualTo(0);
      assertThat(cancel.out()).contains("cancelled 1200 jobs of Skim(");
      Map<String, JobState> states = BatchBackends.named("slurm").status(ids).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().state()));
      assertWithMessage("states after --cancel-jobs").that(Set.copyOf(states.values())).containsExactly(JobState.FAILED);
    } finally {
      analysis.run("run", "Skim", "--chunks", "1200", "--cancel-jobs");
    }
  }

  @Override
  String backend() {
    return "slurm";
  }
}
