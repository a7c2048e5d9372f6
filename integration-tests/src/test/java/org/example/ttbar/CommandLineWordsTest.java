package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.cli.DocketCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What a user of the sample analysis sees of issue #10's command-line words, through its
 * generated index: help for workflows and plain tasks, bounds, digits, typos.
 */
class CommandLineWordsTest {
  private record Result(int status, String out, String err) {}

  private static Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = DocketCli.run(new Main_TaskIndex(), args, o, e);
    }
    return new Result(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void workflowOptionsAreOfferedInTheHelpOfWorkflowsOnly() {
    String skim = run("help", "Skim").out().replaceAll("\\s+", " ");
    assertThat(skim).contains("--tasks-per-job=N Branches per job (N: 1 to 100000; default: 1).");
    assertThat(skim).contains("--retries=N Resubmit a failed job up to N times (N: 0 to 100; default: 1).");
    String selection = run("help", "Selection").out();
    assertThat(selection).doesNotContain("--tasks-per-job=N");
    assertThat(selection).contains("--workers=N");
  }

  @Test
  void aMistypedTaskWithHelpIsBadInputWithASuggestion() {
    Result result = run("run", "Selectoin", "--help");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
    assertThat(result.err()).startsWith("docket: error: unknown task 'Selectoin'; did you mean Selection?");
  }

  @Test
  void boundsAndDigitsOfOtherScripts() {
    Result workers = run("run", "Selection", "--dataset", "ttbar", "--workers", "99999999999");
    assertThat(workers.status()).isEqualTo(2);
    assertThat(workers.err()).isEqualTo("docket: error: bad value '99999999999' for --workers:"
        + " expected a whole number from 1 to 1024" + System.lineSeparator());
    Result bins = run("run", "Histograms", "--dataset", "ttbar", "--bins", "\u0664", "--dry-run");
    assertThat(bins.status()).isEqualTo(2);
    assertThat(bins.err()).startsWith("docket: error: bad value '\u0664' for --bins of Histograms:");
    Result fullwidth = run("run", "Histograms", "--dataset", "ttbar", "--bins", "\uff14", "--dry-run");
    assertThat(fullwidth.status()).isEqualTo(2);
    Result nul = run("run", "Histograms", "--dataset", "tt\u0000bar", "--dry-run");
    assertThat(nul.status()).isEqualTo(2);
    assertThat(nul.err()).contains("for --dataset of Histograms: expected text without the NUL");
  }

  @Test
  void helpAndHistoryInDocketsWords() {
    assertThat(run("help").out()).isEqualTo(run("--help").out());
    Result history = run("history", "abc");
    assertThat(history.status()).isEqualTo(2);
    assertThat(history.err()).startsWith("docket: error: bad run number 'abc' for history");
  }
}
