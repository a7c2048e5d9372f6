package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;

import dev.docket.runtime.fixtures.More_TaskIndex;
import dev.docket.runtime.fixtures.Slow;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.store.LocalStore;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DocketCliTest extends CliFixture {
  @AfterEach
  void noBarrier() {
    Slow.barrier = null;
  }

  @Test
  void runsTheTaskAndExitsZero() {
    CliRunner.Result result = cli.run("run", "Reconstruction", "--dataset", "ttbar");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.err()).isEmpty();
    assertThat(result.outLines())
        .containsAtLeast(
            "Summary: 2 ran, 0 already complete, 0 failed, 0 failed upstream",
            "Done: Reconstruction(dataset=ttbar, version=v1) is complete.")
        .inOrder();
    assertThat(Files.exists(dir.resolve("reco/v1/ttbar.json"))).isTrue();

    CliRunner.Result again = cli.run("run", "Reconstruction", "--dataset=ttbar");
    assertThat(again.status()).isEqualTo(0);
    assertThat(again.out()).contains("Summary: 0 ran, 2 already complete, 0 failed, 0 failed upstream");
  }

  @Test
  void failedTaskExitsOne() {
    CliRunner.Result result = cli.run("run", "Report", "--datasets", "fail,ttbar", "--workers", "2");
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("FAILED Failing(dataset=fail, version=v1): IOException: disk full");
    assertThat(result.out()).contains("Summary: 2 ran, 0 already complete, 1 failed, 1 failed upstream");
    assertThat(Files.exists(dir.resolve("reco/v1/ttbar.json"))).isTrue();
    assertThat(result.err()).contains("java.io.IOException: disk full");
  }

  @Test
  void stopOnFailureStartsNothingAfterTheFirstFailure() {
    CliRunner.Result result =
        cli.run("run", "Report", "--datasets", "fail,ttbar", "--workers", "1", "--stop-on-failure");
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("2 not started (stopped at the first failure)");
    assertThat(Files.exists(dir.resolve("reco/v1/ttbar.json"))).isFalse();
  }

  @Test
  void keepGoingOnTheCommandLineWinsOverTheConfiguration() throws Exception {
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nkeep-going = no\n");
    CliRunner.Result result =
        cli.run("run", "Report", "--datasets", "fail,ttbar", "--workers", "1", "--keep-going");
    assertThat(result.status()).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("reco/v1/ttbar.json"))).isTrue();
  }

  @Test
  void keepGoingAndStopOnFailureTogetherAreBadInput() {
    CliRunner.Result result =
        cli.run("run", "Report", "--keep-going", "--stop-on-failure");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("docket: error: --keep-going and --stop-on-failure contradict each other: give"
            + " one of them");
  }

  @Test
  void workersOptionRunsInParallel() {
    Slow.barrier = new CyclicBarrier(2);
    assertThat(cli.run("run", "Report", "--datasets", "slow-a,slow-b", "--workers", "2").status())
        .isEqualTo(0);
  }

  @Test
  void unknownTaskSuggestsAndListsFamilies() {
    assertBadInput(
        cli.run("run", "Selectoin", "--dataset", "x"),
        "unknown task 'Selectoin'; did you mean Selection? (known tasks: Broken, Chain, Dynamic,"
            + " Failing, Lazy, Loop, Merge, Plot, Reconstruction, Report, Scheduled, Selection, Slow,"
            + " Sweep, ttbar.Calib)");
  }

  @Test
  void unknownParameter() {
    assertBadInput(
        cli.run("run", "Selection", "--dataset", "x", "--min-jet", "3"),
        "unknown parameter --min-jet for Selection; did you mean --min-jets?"
            + " (it has --dataset, --min-jets, --version)");
  }

  @Test
  void malformedValue() {
    assertBadInput(
        cli.run("run", "Selection", "--dataset", "x", "--min-jets", "four"),
        "bad value 'four' for --min-jets of Selection: expected a whole number, e.g. 4");
    assertBadInput(
        cli.run("run", "Selection", "--dataset", "x", "--workers", "0"),
        "bad value '0' for --workers: expected a whole number from 1 to 1024");
  }

  @Test
  void missingRequiredParameter() {
    assertBadInput(
        cli.run("run", "Selection"),
        "Selection needs parameter --dataset (String): give it on the command line, in the"
            + " [Selection] section of docket.cfg, or set it where the task is built");
    assertBadInput(
        cli.run("run", "Selection", "--dataset"),
        "option --dataset of Selection needs a value: any text");
  }

  @Test
  void otherBadInput() {
    assertBadInput(cli.run(), "no command given: use run <Task> or list (see --help)");
    assertBadInput(cli.run("lst"), "unknown command 'lst'; did you mean list? (commands: run <Task>, list, config, completion <shell>, history [RUN], scheduler, help; see --help)");
    assertBadInput(
        cli.run("run", "Selection", "ttbar"),
        "unexpected argument 'ttbar' for Selection: parameters are given as --name value");
    assertThat(cli.run("run").status()).isEqualTo(2);
  }

  @Test
  void badConfigurationIsBadInput() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nworkers = lots\n");
    CliRunner.Result result = cli.run("run", "Selection", "--dataset", "x");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("docket: error: bad value 'lots' for [core] workers in " + dir);
    assertThat(cli.env("DOCKET_CONFIG", "missing.cfg").run("run", "Selection", "--dataset", "x").err())
        .contains("missing.cfg (from $DOCKET_CONFIG) does not exist");
  }

  @Test
  void precedenceIsCommandLineThenConfigThenDefault() throws IOException {
    Path conf = Files.createDirectories(dir.resolve("conf"));
    Files.writeString(
        conf.resolve("docket.cfg"),
        "[core]\nstore = ../store\n\n[Selection]\ndataset = ttbar\nmin-jets = 6\n\n"
            + "[ttbar.Calib]\nminJets = 7\n");
    cli.env("DOCKET_CONFIG", "conf/docket.cfg");
    assertThat(cli.run("run", "Selection", "--dry-run").out())
        .contains("Selection(dataset=ttbar, minJets=6, version=v1)");
    assertThat(cli.run("run", "Selection", "--min-jets", "2", "--dry-run").out())
        .contains("Selection(dataset=ttbar, minJets=2, version=v1)");
    // Reconstruction builds its Selection in code: the configured defaults apply there too.
    assertThat(cli.run("run", "Reconstruction", "--dataset", "wjets", "--dry-run").out())
        .contains("Selection(dataset=wjets, minJets=6, version=v1)");
    CliRunner.Result calib = cli.run("run", "ttbar.Calib");
    assertThat(calib.status()).isEqualTo(0);
    assertThat(calib.out()).contains("ttbar.Calib(minJets=7, verbose=false)");
    assertThat(Files.exists(dir.resolve("store/calib/7-false.txt"))).isTrue();
    assertThat(cli.run("run", "ttbar.Calib", "--verbose").out())
        .contains("ttbar.Calib(minJets=7, verbose=true)");
  }

  @Test
  void unknownKeyInFamilySection() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[ttbar.Calib]\nmin-jet = 7\n");
    assertBadInput(
        cli.run("run", "ttbar.Calib"),
        "unknown key 'min-jet' in section [ttbar.Calib] of " + dir.resolve("docket.cfg")
            + ", line 2; did you mean min-jets? (ttbar.Calib has min-jets, verbose; task settings:"
            + " priority, retries, retry-delay, timeout, resources, sandbox)");
  }

  @Test
  void dryRunListsWhatWouldRunInOrder() throws IOException {
    Files.createDirectories(dir.resolve("sel/v1"));
    Files.writeString(dir.resolve("sel/v1/wjets.json"), "x");
    CliRunner.Result result = cli.run("run", "Merge", "--dry-run");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.outLines())
        .containsExactly(
            "Would run 4 tasks, in this order:",
            "  Selection(dataset=ttbar, minJets=4, version=v1)",
            "  Reconstruction(dataset=ttbar, version=v1)",
            "  Reconstruction(dataset=wjets, version=v1)",
            "  Merge(datasets=ttbar,wjets, version=v1)")
        .inOrder();
    assertThat(Files.exists(dir.resolve("reco"))).isFalse();
  }

  @Test
  void printDepsShowsTheTreeOnce() {
    CliRunner.Result result = cli.run("run", "Plot", "--dataset", "ttbar", "--print-deps");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.outLines())
        .containsExactly(
            "Plot(dataset=ttbar, version=v1)",
            "  Reconstruction(dataset=ttbar, version=v1)",
            "    Selection(dataset=ttbar, minJets=4, version=v1)",
            "  Selection(dataset=ttbar, minJets=4, version=v1) (see above)")
        .inOrder();
  }

  @Test
  void printStatusShowsTasksAndOutputsToDepth() throws IOException {
    cli.run("run", "Selection", "--dataset", "ttbar");
    CliRunner.Result result = cli.run("run", "Reconstruction", "--dataset", "ttbar", "--print-status", "1");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.outLines())
        .containsExactly(
            "Reconstruction(dataset=ttbar, version=v1): incomplete",
            "  output missing: " + dir.resolve("reco/v1/ttbar.json"),
            "  Selection(dataset=ttbar, minJets=4, version=v1): complete",
            "    output exists: " + dir.resolve("sel/v1/ttbar.json"))
        .inOrder();
    assertThat(cli.run("run", "Reconstruction", "--dataset", "ttbar", "--print-status", "0").outLines())
        .hasSize(2);
  }

  @Test
  void removeOutputNeedsYesWhenNotInteractive() {
    cli.run("run", "Reconstruction", "--dataset", "ttbar");
    CliRunner.Result refused = cli.run("run", "Reconstruction", "--dataset", "ttbar", "--remove-output", "1");
    assertBadInput(
        refused,
        "refusing to remove 2 outputs without confirmation in a non-interactive session: add --yes");
    assertThat(refused.out()).contains("  " + dir.resolve("sel/v1/ttbar.json") + "  (Selection(");
    assertThat(Files.exists(dir.resolve("reco/v1/ttbar.json"))).isTrue();

    CliRunner.Result shallow = cli.run("run", "Reconstruction", "--dataset", "ttbar", "--remove-output", "0", "--yes");
    assertThat(shallow.status()).isEqualTo(0);
    assertThat(shallow.out()).contains("Removed 1 output.");
    assertThat(Files.exists(dir.resolve("reco/v1/ttbar.json"))).isFalse();
    assertThat(Files.exists(dir.resolve("sel/v1/ttbar.json"))).isTrue();

    assertThat(cli.run("run", "Reconstruction", "--dataset", "ttbar", "--remove-output", "1", "--yes").status())
        .isEqualTo(0);
    assertThat(Files.exists(dir.resolve("sel/v1/ttbar.json"))).isFalse();
  }

  @Test
  void removeOutputAsksAtATerminal() {
    cli.run("run", "Selection", "--dataset", "ttbar");
    cli.terminal(answering("n"));
    assertThat(cli.run("run", "Selection", "--dataset", "ttbar", "--remove-output", "0").out())
        .contains("Nothing removed.");
    assertThat(Files.exists(dir.resolve("sel/v1/ttbar.json"))).isTrue();
    cli.terminal(answering("y"));
    CliRunner.Result removed = cli.run("run", "Selection", "--dataset", "ttbar", "--remove-output", "0");
    assertThat(removed.status()).isEqualTo(0);
    assertThat(Files.exists(dir.resolve("sel/v1/ttbar.json"))).isFalse();
  }

  @Test
  void listShowsEveryFamilySorted() {
    CliRunner.Result result = cli.run("list");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.outLines())
        .containsAtLeast(
            "Selection - Selects events of one dataset.",
            "    --dataset String (required)  The dataset to select from.",
            "    --min-jets int = 4",
            "    --version String = v1",
            "ttbar.Calib - Calibrates jets; lives in the ttbar namespace, so its family is ttbar.Calib.",
            "    --min-jets int = 4  The minimal number of jets.",
            "    --verbose boolean = false")
        .inOrder();
    assertThat(result.outLines().get(0)).isEqualTo("Broken - Cannot say what it requires.");
    assertThat(result.out()).contains("    --datasets List<String> = ttbar,wjets");
  }

  @Test
  void helpShowsDescriptionAndParameters() {
    CliRunner.Result top = cli.run("--help");
    assertThat(top.status()).isEqualTo(0);
    assertThat(top.out()).contains("run ");
    assertThat(top.out()).contains("list ");
    CliRunner.Result family = cli.run("run", "Selection", "--help");
    assertThat(family.status()).isEqualTo(0);
    assertThat(family.out()).contains("Selects events of one dataset.");
    assertThat(family.out()).containsMatch("--dataset=<String>\\s+The dataset to select from\\. Required\\.");
    assertThat(family.out()).containsMatch("--min-jets=<int>\\s+Default: 4\\.");
    assertThat(family.out()).contains("--workers=N");
    // The task's parameters come before the run options (the usage line names both first).
    assertThat(family.out()).contains("--version=<String>");
    assertThat(family.out().lastIndexOf("--version")).isLessThan(family.out().lastIndexOf("--dry-run"));
    assertThat(cli.run("run", "--help").out()).contains("ttbar.Calib");
  }

  @Test
  void storeDefaultsToTheWorkingDirectory() throws IOException {
    Path storeBefore = LocalStore.root();
    assertThat(cli.run("run", "Selection", "--dataset", "ttbar").status()).isEqualTo(0);
    // The run's store was installed for the run only: the process's is back.
    assertThat(LocalStore.root()).isEqualTo(storeBefore);
    assertThat(Files.readString(dir.resolve("sel/v1/ttbar.json")))
        .isEqualTo("events of ttbar with at least 4 jets");
  }

  @Test
  void whatWasPrintedBeforeAFailureComesBeforeTheErrorLine() {
    // Standard output buffered, standard error flushing every line, as the process's streams;
    // both go to one screen.
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(new BufferedOutputStream(screen, 1 << 20), false, UTF_8);
    PrintStream err = new PrintStream(screen, true, UTF_8);
    int status = DocketCli.run(new More_TaskIndex(),
        new String[] {"run", "Plot", "--dataset=ttbar", "--print-deps", "--print-graph", "svg"},
        out, err, new Environment(Map.of("PATH", dir.toString()), dir), Terminal.none());
    assertThat(status).isEqualTo(2);
    assertThat(screen.toString(UTF_8).lines().toList()).containsExactly(
        "Plot(dataset=ttbar, version=v1)",
        "  Reconstruction(dataset=ttbar, version=v1)",
        "    Selection(dataset=ttbar, minJets=4, version=v1)",
        "  Selection(dataset=ttbar, minJets=4, version=v1) (see above)",
        "docket: error: --print-graph svg needs graphviz's dot program, which is not on PATH:"
            + " install graphviz (e.g. apt-get install graphviz) or write DOT text with"
            + " --print-graph dot").inOrder();
  }

  @Test
  void unexpectedExceptionsShowTheirTraceAndExitOne() {
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status =
        DocketCli.run(
            () -> {
              throw new IllegalStateException("broken index");
            },
            new String[] {"list"},
            new java.io.PrintStream(new java.io.ByteArrayOutputStream()),
            new java.io.PrintStream(err, true),
            new Environment(Map.of(), dir),
            Terminal.none());
    assertThat(status).isEqualTo(1);
    assertThat(err.toString()).startsWith("docket: internal error: java.lang.IllegalStateException: broken index");
    assertThat(err.toString()).contains("\tat ");
  }

  @Test
  void cycleFailsTheRun() {
    CliRunner.Result result = cli.run("run", "Loop", "--n", "0");
    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out())
        .contains("FAILED Loop(n=1): requirement cycle: Loop(n=0) requires Loop(n=1) requires Loop(n=0)");
    assertThat(result.out()).contains("FAILED_UPSTREAM Loop(n=0): needs Loop(n=1), which failed");
  }

  private static void assertBadInput(CliRunner.Result result, String message) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("docket: error: " + message + System.lineSeparator());
    assertThat(result.err()).doesNotContain("Exception");
    assertThat(result.err()).doesNotContain("\tat ");
  }

  private static Terminal answering(String answer) {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return true;
      }

      @Override
      public String readLine(String prompt) {
        return answer;
      }
    };
  }
}
