package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code --print-status} of a workflow submitted to a batch system: its jobs, from the
 * submission record alone, below its output line; nothing written, no batch system asked.
 */
class WorkflowStatusTest extends CliFixture {
  /** The workflow's own directory, made by a run of it, as a submission would. */
  private Path submissionDirectory() throws Exception {
    CliRunner.Result ran = cli.run("run", "Sweep");
    assertThat(ran.status()).isEqualTo(0);
    try (Stream<Path> dirs = Files.list(dir.resolve(".docket/jobs/Sweep"))) {
      return dirs.findFirst().orElseThrow();
    }
  }

  @Test
  void showsTheJobsOfTheLastSubmission_withTheirIdsReasonsAndTheLogOfFailedOnes() throws Exception {
    Path submission = submissionDirectory();
    Files.delete(dir.resolve("sweep/3.txt"));
    Path record = submission.resolve("submission.tsv");
    // Written by a client of an earlier version: five columns, no reason.
    Files.writeString(record, "# docket submission record v1\nslurm\t1\n"
        + "0\t0\tFINISHED\t1\t501\n1\t1\tFINISHED\t1\t502\n2\t2\tFINISHED\t1\t503\n"
        + "3\t3\tFAILED\t2\t504\tNonZeroExitCode\n", StandardCharsets.UTF_8);
    byte[] before = Files.readAllBytes(record);

    CliRunner.Result status = cli.run("run", "Sweep", "--print-status", "0");

    assertThat(status.status()).isEqualTo(0);
    List<String> lines = status.outLines();
    assertThat(lines.get(0)).endsWith(": incomplete");
    assertThat(lines.subList(1, lines.size())).containsExactly(
        "  output missing: 3/4 branches complete (missing 3)",
        "  4 jobs on slurm: 3 finished, 1 failed",
        "  record " + record + ", saved "
            + lines.get(3).replaceAll(".*, saved (.*), by .*", "$1") + ", by a client that has ended",
        "    jobs 0-2: finished, branches 0:3, ids 501 to 503",
        "    job 3: failed after 2 attempts, branches 3, id 504, reason: NonZeroExitCode; log "
            + submission.resolve("logs/job-3.log")).inOrder();
    assertThat(lines.get(3)).matches(".*, saved [0-9]{4}-[0-9]{2}-[0-9]{2} [0-9:]{8}, by .*");
    // A look only: the record is as it was, and no lock was made to ask about a client.
    assertThat(Files.readAllBytes(record)).isEqualTo(before);
    assertThat(Files.exists(submission.resolve("client.lock"))).isFalse();
  }

  @Test
  void aWorkflowNeverSubmitted_showsItsCountsOnly() throws Exception {
    submissionDirectory();
    CliRunner.Result status = cli.run("run", "Sweep", "--print-status", "0");
    assertThat(status.outLines()).hasSize(2);
    assertThat(status.outLines().get(1)).isEqualTo("  output exists: 4/4 branches complete");
  }
}
