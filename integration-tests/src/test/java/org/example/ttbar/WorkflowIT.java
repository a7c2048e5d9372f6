package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workflow {@link Skim} with its branches run in the local workers ({@code --workflow local}). */
class WorkflowIT {
  @TempDir Path store;
  private AnalysisProcess analysis;

  @BeforeEach
  void setUp() {
    analysis = new AnalysisProcess(store);
  }

  private long ran(String what) throws Exception {
    Path log = store.resolve("executions.log");
    return Files.exists(log) ? Files.readAllLines(log).stream().filter(what::equals).count() : 0;
  }

  @Test
  void theWorkflowRunsEveryBranchOnceAndIsThenComplete() throws Exception {
    AnalysisProcess.Result first = analysis.run("run", "Skim", "--workers", "2");
    assertWithMessage(first.toString()).that(first.exitCode()).isEqualTo(0);
    for (int b = 0; b < 20; b++) {
      assertThat(ran("Skim " + b)).isEqualTo(1);
      assertThat(Files.readString(store.resolve("skim/v1/ttbar/" + b + ".txt"))).contains("25 events from " + (b * 25));
    }
    assertThat(ran("Skim -1")).isEqualTo(0); // the workflow's own run() is never called
    assertThat(ran("GenerateEvents ttbar")).isEqualTo(1);
    assertThat(first.out()).contains("Summary: 22 ran");

    AnalysisProcess.Result second = analysis.run("run", "Skim");
    assertWithMessage(second.toString()).that(second.exitCode()).isEqualTo(0);
    assertThat(second.out()).contains("Summary: 0 ran");
  }

  @Test
  void twoRunsSideBySideRunEachBranchOnce_andCountEveryTaskOnce() throws Exception {
    Path outA = store.resolve("a.out");
    Path outB = store.resolve("b.out");
    // Branches slow enough that the second run is up before the first is through them.
    Process a = analysis.start(outA, "run", "Skim", "--workers", "2", "--sleep-ms", "300");
    Process b = analysis.start(outB, "run", "Skim", "--workers", "2", "--sleep-ms", "300");
    assertThat(a.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    assertThat(b.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    String first = Files.readString(outA);
    String second = Files.readString(outB);
    String both = "--- first run\n" + first + "--- second run\n" + second;
    assertWithMessage(both).that(a.exitValue()).isEqualTo(0);
    assertWithMessage(both).that(b.exitValue()).isEqualTo(0);
    for (int branch = 0; branch < 20; branch++) {
      assertWithMessage("executions of branch " + branch).that(ran("Skim " + branch)).isEqualTo(1);
    }
    // 22 tasks: the events, 20 branches, the workflow; each counted as run by one run only.
    assertWithMessage(both)
        .that(BatchWorkflowContract.summaryCount(first, "ran") + BatchWorkflowContract.summaryCount(second, "ran"))
        .isEqualTo(22);
    assertWithMessage(both)
        .that(BatchWorkflowContract.summaryCount(second, "ran") + BatchWorkflowContract.summaryCount(second, "complete"))
        .isEqualTo(22);
  }

  @Test
  void aTaskDownstreamOfAWorkflowReadsEveryBranchAndIsOutOfDateWhenOneRunsAgain()
      throws Exception {
    AnalysisProcess.Result first = analysis.run("run", "SkimReport", "--workers", "2");
    assertWithMessage(first.toString()).that(first.exitCode()).isEqualTo(0);
    Path report = store.resolve("skim/v1/ttbar-report.txt");
    assertThat(Files.readString(report)).isEqualTo("20 branches, 500 events\n");
    assertThat(analysis.run("run", "SkimReport").out()).contains("Summary: 0 ran");

    // Branch 3 is run again on its own: its output is now newer than the report's.
    Files.setLastModifiedTime(report, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
    Files.delete(store.resolve("skim/v1/ttbar/3.txt"));
    AnalysisProcess.Result branch = analysis.run("run", "Skim", "--branch", "3");
    assertWithMessage(branch.toString()).that(branch.exitCode()).isEqualTo(0);
    assertThat(ran("Skim 3")).isEqualTo(2);

    AnalysisProcess.Result again = analysis.run("run", "SkimReport");
    assertWithMessage(again.toString()).that(again.exitCode()).isEqualTo(0);
    assertThat(ran("SkimReport ttbar")).isEqualTo(2); // out of date, as make would have it
    assertThat(ran("Skim 4")).isEqualTo(1); // the other branches stayed complete
    assertThat(Files.readString(report)).isEqualTo("20 branches, 500 events\n");
  }

  @Test
  void branchRunsOneAndBranchesASubset() throws Exception {
    AnalysisProcess.Result one = analysis.run("run", "Skim", "--branch", "3");
    assertWithMessage(one.toString()).that(one.exitCode()).isEqualTo(0);
    assertThat(ran("Skim 3")).isEqualTo(1);
    assertThat(Files.exists(store.resolve("skim/v1/ttbar/4.txt"))).isFalse();

    AnalysisProcess.Result some = analysis.run("run", "Skim", "--branches", "0:5,15");
    assertWithMessage(some.toString()).that(some.exitCode()).isEqualTo(0);
    for (int b : new int[] {0, 1, 2, 4, 15}) {
      assertThat(ran("Skim " + b)).isEqualTo(1);
    }
    assertThat(ran("Skim 3")).isEqualTo(1); // complete already
    assertThat(Files.exists(store.resolve("skim/v1/ttbar/5.txt"))).isFalse();
    assertThat(Files.exists(store.resolve("skim/v1/ttbar/16.txt"))).isFalse();
  }

  private static final String SKIM =
      "Skim(branch=-1, dataset=ttbar, version=v1, chunks=20, label=skim)";

  /** Runs {@code args} and checks that it was refused with {@code message}, nothing done. */
  private void refused(String message, String... args) throws Exception {
    AnalysisProcess.Result result = analysis.run(args);
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertWithMessage(result.toString()).that(result.err()).isEqualTo("docket: error: " + message + "\n");
    assertWithMessage(result.toString()).that(result.out()).isEmpty();
    assertThat(Files.exists(store.resolve("executions.log"))).isFalse();
    assertThat(Files.exists(store.resolve("gen"))).isFalse();
  }

  @Test
  void branchesOutsideTheMapAreBadInputBeforeAnythingRunsAndLeaveNoHistory() throws Exception {
    String branch = "branch 30 of " + SKIM + " does not exist: its branch map has branches 0 to 19;"
        + " give --branch one of them, or leave --branch out for the whole workflow";
    refused(branch, "run", "Skim", "--branch", "30");
    refused(branch, "run", "Skim", "--branch", "30", "--dry-run");
    String select = ": its branch map has branches 0 to 19; select among them with --branches"
        + " (a:b includes a, excludes b; a: runs to the last branch)";
    refused("branches 30:40 of " + SKIM + " do not exist" + select, "run", "Skim", "--branches", "30:40");
    refused("branch 99 of " + SKIM + " does not exist" + select, "run", "Skim", "--branches", "0:2,99");
    refused("branch 99 of " + SKIM + " does not exist" + select,
        "run", "Skim", "--branches", "0:2,99", "--dry-run");
    refused("branches 15:30 of " + SKIM + " do not all exist" + select,
        "run", "Skim", "--branches", "15:30", "--workflow", "local-process");
    refused("branch 20 of Skim(branch=-1, dataset=ttbar, version=v1, chunks=5, label=skim) does not"
            + " exist: its branch map has branches 0 to 4; give --branch one of them, or leave"
            + " --branch out for the whole workflow",
        "run", "Skim", "--chunks", "5", "--branch", "20", "--print-status", "0");

    AnalysisProcess.Result history = analysis.run("history");
    assertWithMessage(history.toString()).that(history.out()).doesNotContain("Skim");
  }

  @Test
  void aWorkflowWithoutBranchesIsBadInput() throws Exception {
    refused("Skim(branch=-1, dataset=ttbar, version=v1, chunks=0, label=skim) has no branches: its"
            + " branchMap() is empty for these parameters; change the parameters that decide its"
            + " branches",
        "run", "Skim", "--chunks", "0");
  }

  @Test
  void theLastBranchAndOpenRangesAreFine() throws Exception {
    AnalysisProcess.Result result = analysis.run("run", "Skim", "--branches", "19,18:");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertThat(ran("Skim 18")).isEqualTo(1);
    assertThat(ran("Skim 19")).isEqualTo(1);
    assertThat(ran("Skim 17")).isEqualTo(0);
  }

  /** Runs branches 0 to 4 of the 20: a half-done workflow. */
  private void halfDone() throws Exception {
    AnalysisProcess.Result some = analysis.run("run", "Skim", "--branches", "0:5");
    assertWithMessage(some.toString()).that(some.exitCode()).isEqualTo(0);
  }

  @Test
  void printStatusOfAWorkflowCountsItsCompleteBranches() throws Exception {
    halfDone();
    for (String workflow : List.of("local", "local-process")) {
      AnalysisProcess.Result status =
          analysis.run("run", "Skim", "--print-status", "0", "--workflow", workflow);
      assertWithMessage(status.toString()).that(status.exitCode()).isEqualTo(0);
      assertThat(status.out())
          .isEqualTo(SKIM + ": incomplete\n  output missing: 5/20 branches complete (missing 5:20)\n");
    }
    AnalysisProcess.Result report = analysis.run("run", "SkimReport", "--print-status", "1");
    assertWithMessage(report.toString()).that(report.out())
        .contains("\n  " + SKIM + ": incomplete\n    output missing: 5/20 branches complete (missing 5:20)\n");
    assertThat(report.out()).doesNotContain("the outputs of");
  }

  @Test
  void removeOutputRemovesTheBranchOutputsOfAHalfDoneWorkflow() throws Exception {
    halfDone();
    AnalysisProcess.Result removed =
        analysis.run("run", "SkimReport", "--remove-output", "1", "--yes");
    assertWithMessage(removed.toString()).that(removed.exitCode()).isEqualTo(0);
    assertThat(removed.out()).contains("Outputs to remove (5):");
    assertThat(removed.out()).contains("Removed 5 outputs.");
    for (int b = 0; b < 5; b++) {
      assertThat(Files.exists(store.resolve("skim/v1/ttbar/" + b + ".txt"))).isFalse();
    }
    assertThat(Files.exists(store.resolve("gen/v1/ttbar.csv"))).isTrue(); // depth 2: kept

    halfDone();
    AnalysisProcess.Result workflowOnly =
        analysis.run("run", "Skim", "--remove-output", "0", "--yes", "--workflow", "local-process");
    assertWithMessage(workflowOnly.toString()).that(workflowOnly.exitCode()).isEqualTo(0);
    assertThat(workflowOnly.out()).contains("Removed 5 outputs.");
    assertThat(Files.exists(store.resolve("skim/v1/ttbar/0.txt"))).isFalse();
    assertThat(Files.exists(store.resolve("gen/v1/ttbar.csv"))).isTrue();
  }

  @Test
  void workflowOptionsOnATaskThatIsNoWorkflowAreBadInput() throws Exception {
    AnalysisProcess.Result result = analysis.run("run", "Selection", "--dataset", "ttbar", "--branches", "0:2");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("docket: error: --branches, --cancel-jobs and --cleanup-jobs apply to a workflow, and"
            + " Selection is not one: its class does not implement dev.docket.runtime.workflow.Workflow");
  }

  @Test
  void badBranchesAndUnknownBackendAreBadInput() throws Exception {
    AnalysisProcess.Result bad = analysis.run("run", "Skim", "--branches", "5:2");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("docket: error: bad value '5:2' for --branches");

    AnalysisProcess.Result unknown = analysis.run("run", "Skim", "--workflow", "slrum");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("docket: error: unknown --workflow 'slrum'; did you mean slurm? (known: local, ");
  }
}
