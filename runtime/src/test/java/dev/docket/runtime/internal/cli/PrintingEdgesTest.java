package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the looking commands print at their edges: a dry run with nothing to do and one long
 * enough to be written in several blocks, a workflow's branch outputs, a task whose planning
 * failed, and the largest depth.
 */
class PrintingEdgesTest extends CliFixture {
  @Test
  void aDryRunOfACompleteTaskSaysThereIsNothingToRun() {
    assertThat(cli.run("run", "Selection", "--dataset", "ttbar").status()).isEqualTo(0);
    CliRunner.Result dry = cli.run("run", "Selection", "--dataset", "ttbar", "--dry-run");
    assertThat(dry.status()).isEqualTo(0);
    assertThat(dry.out())
        .isEqualTo("Nothing to run: Selection(dataset=ttbar, minJets=4, version=v1) is complete."
            + System.lineSeparator());
  }

  @Test
  void aLongDryRunPrintsEveryTaskOnceInOrder() {
    int n = 4000; // some 60,000 characters: more than one block
    CliRunner.Result dry = cli.run("run", "Chain", "--n", String.valueOf(n), "--dry-run");
    assertThat(dry.status()).isEqualTo(0);
    List<String> expected = new ArrayList<>();
    expected.add("Would run " + (n + 1) + " tasks, in this order:");
    for (int i = 0; i <= n; i++) {
      expected.add("  Chain(n=" + i + ")");
    }
    assertThat(dry.outLines()).containsExactlyElementsIn(expected).inOrder();
  }

  @Test
  void statusWithATargetDepthShowsEachBranchOutputBelowTheWorkflowsCount() {
    CliRunner.Result status = cli.run("run", "Sweep", "--print-status", "0,1");
    assertThat(status.status()).isEqualTo(0);
    assertThat(status.outLines())
        .containsExactly(
            "Sweep(branch=-1, size=4): incomplete",
            "  output missing: 0/4 branches complete (missing 0:4)",
            "    output missing: " + dir.resolve("sweep/0.txt"),
            "    output missing: " + dir.resolve("sweep/1.txt"),
            "    output missing: " + dir.resolve("sweep/2.txt"),
            "    output missing: " + dir.resolve("sweep/3.txt"))
        .inOrder();
    assertThat(cli.run("run", "Sweep", "--print-status", "0").outLines()).hasSize(2);
  }

  @Test
  void statusShowsAPlanningErrorAsTheTasksState() {
    CliRunner.Result status = cli.run("run", "Broken", "--print-status", "0");
    assertThat(status.status()).isEqualTo(0);
    assertThat(status.outLines())
        .containsExactly(
            "Broken(): error: java.lang.IllegalStateException: no inputs configured",
            "  output missing: " + dir.resolve("broken.txt"))
        .inOrder();
  }

  @Test
  void theLargestDepthIsTheLargestInt() {
    CliRunner.Result largest =
        cli.run("run", "Plot", "--dataset=ttbar", "--remove-output", "2147483647,d");
    assertThat(largest.status()).isEqualTo(0);
    assertThat(largest.out()).isEqualTo("No outputs to remove." + System.lineSeparator());
    CliRunner.Result beyond =
        cli.run("run", "Plot", "--dataset=ttbar", "--remove-output", "2147483648,d");
    assertThat(beyond.status()).isEqualTo(2);
    assertThat(beyond.err())
        .startsWith("docket: error: bad value '2147483648,d' for --remove-output: expected");
  }
}
