package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample analysis (GenerateEvents → Selection and JetCalibration → Histograms → Combine, a
 * diamond per dataset and a {@code @Requires} method returning a list), compiled with the
 * processor and run through its generated main as a separate process.
 */
class SampleAnalysisIT {
  @TempDir Path store;
  private AnalysisProcess analysis;

  @BeforeEach
  void setUp() {
    analysis = new AnalysisProcess(store);
  }

  private List<String> executions() throws IOException {
    Path log = store.resolve("executions.log");
    return Files.exists(log) ? Files.readAllLines(log) : List.of();
  }

  private List<String> executionsSince(int before) throws IOException {
    List<String> all = executions();
    return new ArrayList<>(all.subList(before, all.size()));
  }

  @Test
  void firstRunExecutesEveryTaskOnce_secondRunNone_deletedOutputRerunsItAndItsDependants()
      throws Exception {
    AnalysisProcess.Result first = analysis.run("run", "Combine", "--workers", "2");
    assertWithMessage(first.toString()).that(first.exitCode()).isEqualTo(0);
    assertThat(executions())
        .containsExactly(
            "GenerateEvents ttbar", "GenerateEvents wjets",
            "Selection ttbar", "Selection wjets",
            "JetCalibration ttbar", "JetCalibration wjets",
            "Histograms ttbar", "Histograms wjets",
            "Combine ttbar,wjets");
    assertThat(Files.readString(store.resolve("combined/v1/yields.csv")))
        .startsWith("dataset,events\nttbar,");

    AnalysisProcess.Result second = analysis.run("run", "Combine");
    assertWithMessage(second.toString()).that(second.exitCode()).isEqualTo(0);
    assertThat(executions()).hasSize(9);

    Files.delete(store.resolve("sel/v1/ttbar.csv"));
    AnalysisProcess.Result third = analysis.run("run", "Combine");
    assertWithMessage(third.toString()).that(third.exitCode()).isEqualTo(0);
    assertThat(executionsSince(9))
        .containsExactly("Selection ttbar", "Histograms ttbar", "Combine ttbar,wjets");
    assertThat(store.resolve("sel/v1/ttbar.csv").toFile().exists()).isTrue();
  }

  @Test
  void parametersChangeIdentityAndOutputs() throws Exception {
    AnalysisProcess.Result result =
        analysis.run("run", "Histograms", "--dataset", "wjets", "--version", "v2", "--bins", "5");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertThat(Files.readAllLines(store.resolve("hist/v2/wjets.csv"))).hasSize(6);
    // --bins is not a parameter of Selection: it keeps its default, and minJets its default 4.
    assertThat(executions())
        .containsExactly(
            "GenerateEvents wjets", "Selection wjets", "JetCalibration wjets", "Histograms wjets");
  }

  @Test
  void failingTaskGivesExit1_dependantsFailUpstream_independentBranchCompletes() throws Exception {
    AnalysisProcess.Result result =
        analysis.run("run", "Combine", "--datasets", "corrupt,ttbar", "--workers", "2");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(1);
    String printed = result.out() + result.err();
    assertThat(printed).contains("corrupt record on line");
    assertThat(printed.toLowerCase()).contains("upstream");
    assertThat(printed).contains("Histograms(dataset=corrupt");
    // The independent branch completed.
    assertThat(Files.exists(store.resolve("hist/v1/ttbar.csv"))).isTrue();
    assertThat(Files.exists(store.resolve("calib/v1/corrupt.txt"))).isTrue();
    // Nothing downstream of the failure ran or left an output.
    assertThat(Files.exists(store.resolve("sel/v1/corrupt.csv"))).isFalse();
    assertThat(Files.exists(store.resolve("combined/v1/yields.csv"))).isFalse();
    assertThat(executions()).doesNotContain("Histograms corrupt");
    assertThat(executions()).doesNotContain("Combine corrupt,ttbar");
  }

  @Test
  void unknownTaskIsBadInput() throws Exception {
    assertBadInput(analysis.run("run", "Histogram", "--dataset", "ttbar"), "Histogram");
  }

  @Test
  void unknownParameterIsBadInput() throws Exception {
    assertBadInput(analysis.run("run", "Histograms", "--dataset", "ttbar", "--colour", "red"),
        "--colour");
  }

  @Test
  void malformedValueIsBadInput() throws Exception {
    AnalysisProcess.Result result =
        analysis.run("run", "Histograms", "--dataset", "ttbar", "--bins", "ten");
    assertBadInput(result, "--bins");
    assertThat(result.err()).contains("ten");
  }

  @Test
  void missingRequiredParameterIsBadInput() throws Exception {
    assertBadInput(analysis.run("run", "Histograms"), "--dataset");
  }

  @Test
  void listShowsEveryFamilyWithItsParameters() throws Exception {
    AnalysisProcess.Result result = analysis.run("list");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    for (String family :
        List.of("Combine", "GenerateEvents", "Histograms", "JetCalibration", "Selection")) {
      assertThat(result.out()).contains(family);
    }
    assertThat(result.out()).contains("--min-jets");
  }

  private void assertBadInput(AnalysisProcess.Result result, String culprit) throws IOException {
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    String err = result.err().strip();
    assertWithMessage(result.toString()).that(err.lines().count()).isEqualTo(1);
    assertThat(err).contains(culprit);
    assertThat(err).doesNotContain("Exception");
    assertThat(err).doesNotContain("\tat ");
    assertThat(executions()).isEmpty();
  }
}
