package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * law's output options through the generated main: {@code -1} for every depth, the
 * {@code DEPTH,MODE[,RUN]} forms, {@code --print-output} and {@code --fetch-output}; on the
 * diamond Combine → Histograms → Selection, JetCalibration → GenerateEvents (9 outputs for two
 * datasets, GenerateEvents at depth 3) and on the workflow {@link Skim}.
 */
class OutputOptionsIT {
  @TempDir Path store;
  @TempDir Path local;
  private AnalysisProcess analysis;

  @BeforeEach
  void setUp() {
    analysis = new AnalysisProcess(store);
  }

  private AnalysisProcess.Result ok(String... args) throws Exception {
    AnalysisProcess.Result result = analysis.run(args);
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    return result;
  }

  private void refused(AnalysisProcess.Result result, String message) {
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertWithMessage(result.toString()).that(result.err()).isEqualTo("docket: error: " + message + "\n");
  }

  @Test
  void minusOneMeansEveryDepthForPrintStatusAndRemoveOutput() throws Exception {
    ok("run", "Combine", "--workers", "2");
    String status = ok("run", "Combine", "--print-status", "-1").out();
    assertThat(status).contains("      GenerateEvents(dataset=ttbar, version=v1, events=500, seed=42): complete");
    assertThat(ok("run", "Combine", "--print-status", "1").out()).doesNotContain("GenerateEvents");

    AnalysisProcess.Result dry = ok("run", "Combine", "--remove-output", "-1,d");
    assertThat(dry.out()).contains("Outputs to remove (9):");
    assertThat(dry.out()).contains("Dry run: nothing removed.");
    assertThat(Files.exists(store.resolve("gen/v1/ttbar.csv"))).isTrue();

    AnalysisProcess.Result all = ok("run", "Combine", "--remove-output", "-1,a");
    assertThat(all.out()).contains("Removed 9 outputs.");
    assertThat(Files.exists(store.resolve("gen/v1/ttbar.csv"))).isFalse();
    assertThat(Files.exists(store.resolve("combined/v1/yields.csv"))).isFalse();
  }

  @Test
  void aBadFormIsBadInputGivingTheAcceptedFormsAndRemovesNothing() throws Exception {
    ok("run", "Combine");
    refused(analysis.run("run", "Combine", "--remove-output", "1,x", "--yes"),
        "bad value '1,x' for --remove-output: expected DEPTH[,MODE[,RUN]]: DEPTH 0 for this task"
            + " alone, N for N levels of what it requires, -1 for every level; MODE i (list, then"
            + " ask; the default), a (all, without asking) or d (dry run: list only); RUN yes to"
            + " run the task afterwards (default no), e.g. --remove-output 1,a,yes");
    refused(analysis.run("run", "Combine", "--print-status", "-5"),
        "bad value '-5' for --print-status: expected DEPTH or DEPTH,TARGET_DEPTH: DEPTH 0 for this"
            + " task alone, N for N levels of what it requires, -1 for every level; TARGET_DEPTH 1"
            + " to list each branch output of a workflow (default 0: counts), e.g. --print-status"
            + " -1 or 1,1");
    assertThat(Files.exists(store.resolve("combined/v1/yields.csv"))).isTrue();
  }

  @Test
  void printOutputGivesEveryPathOnItsOwnLineAndRunsNothing() throws Exception {
    AnalysisProcess.Result paths = ok("run", "Combine", "--print-output", "-1");
    assertThat(paths.err()).isEmpty();
    List<String> lines = paths.out().lines().toList();
    assertThat(lines).hasSize(9);
    assertThat(lines.get(0)).isEqualTo(store.resolve("combined/v1/yields.csv").toString());
    assertThat(lines).contains(store.resolve("gen/v1/wjets.csv").toString());
    assertThat(ok("run", "Combine", "--print-output", "0").out())
        .isEqualTo(store.resolve("combined/v1/yields.csv") + "\n");
    assertThat(Files.exists(store.resolve("executions.log"))).isFalse();
  }

  @Test
  void fetchOutputCopiesIntoALocalDirectoryAndNeverOverwritesADifferentFile() throws Exception {
    ok("run", "Combine");
    Path into = local.resolve("copies");
    AnalysisProcess.Result fetched = ok("run", "Combine", "--fetch-output", "1,a," + into);
    assertThat(fetched.out()).contains("Fetched 3 files into " + into + ".");
    assertThat(Files.readString(into.resolve("combined/v1/yields.csv")))
        .isEqualTo(Files.readString(store.resolve("combined/v1/yields.csv")));
    assertThat(Files.exists(into.resolve("hist/v1/wjets.csv"))).isTrue();
    assertThat(Files.exists(into.resolve("sel"))).isFalse(); // depth 2

    Files.writeString(into.resolve("hist/v1/wjets.csv"), "edited\n");
    refused(analysis.run("run", "Combine", "--fetch-output", "-1," + into),
        "--fetch-output would overwrite 1 file in " + into + " that differs from the output, e.g. "
            + into.resolve("hist/v1/wjets.csv") + "; nothing copied: remove them or fetch into"
            + " another directory");
    assertThat(Files.exists(into.resolve("gen"))).isFalse();

    Path file = Files.writeString(local.resolve("file.txt"), "x");
    refused(analysis.run("run", "Combine", "--fetch-output", "0," + file),
        "bad directory '" + file + "' for --fetch-output: " + file + " is not a directory; give a"
            + " directory to copy into (it is created when missing), e.g. --fetch-output 1,a,fetched");
  }

  @Test
  void aHalfDoneWorkflowsOutputsArePrintedFetchedAndListedOneByOne() throws Exception {
    ok("run", "Skim", "--branches", "0:5");
    List<String> expected =
        IntStream.range(0, 20).mapToObj(b -> store.resolve("skim/v1/ttbar/" + b + ".txt").toString()).toList();
    assertThat(ok("run", "Skim", "--print-output", "0").out().lines().toList())
        .containsExactlyElementsIn(expected).inOrder();

    String status = ok("run", "Skim", "--print-status", "0,1").out();
    assertThat(status).contains("  output missing: 5/20 branches complete (missing 5:20)\n"
        + "    output exists: " + expected.get(0) + "\n");
    assertThat(status).contains("    output missing: " + expected.get(19) + "\n");

    AnalysisProcess.Result fetched = ok("run", "Skim", "--fetch-output", "0," + local);
    assertThat(fetched.out()).contains("Fetched 5 files into " + local + ".");
    assertThat(Files.readString(local.resolve("skim/v1/ttbar/4.txt"))).startsWith("skim\n25 events from 100");

    AnalysisProcess.Result again = ok("run", "Skim", "--remove-output", "0,a,yes");
    assertThat(again.out()).contains("Removed 5 outputs.");
    assertThat(again.out()).contains("Summary: 21 ran");
    assertThat(Files.exists(store.resolve("skim/v1/ttbar/19.txt"))).isTrue();
  }
}
