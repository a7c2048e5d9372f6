package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Docket's own words where picocli's used to show ({@code history abc}, {@code --dry-run=2},
 * {@code --help=x}), the {@code help} command, and help that names the launcher.
 */
class CommandWordsTest extends CliFixture {
  @AfterEach
  void noLauncher() {
    System.clearProperty(Launcher.PROPERTY);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "history abc | bad run number 'abc' for history: expected a whole number from the first column"
        + " of history's list, e.g. history 3",
    "history \u0663 | bad run number '\u0663' for history: expected a whole number from the first"
        + " column of history's list, e.g. history 3",
    "history 1 2 | unexpected argument '2' for history: it takes at most one run number, e.g."
        + " history 3",
    "history --x | unknown option '--x' for history (see history --help)",
    "run Plot --dataset x --print-deps=2 | option --print-deps of Plot takes no value: give"
        + " --print-deps alone",
    "run Plot --dataset x --dry-run=true | option --dry-run of Plot takes no value: give --dry-run"
        + " alone",
    "run Plot --help=x | option --help of Plot takes no value: give --help alone",
    "--help=x | option --help of docket takes no value: give --help alone",
    "list --x | unknown option '--x' for list (see list --help)",
    "list extra | unexpected argument 'extra' for list: it takes no arguments",
    "config extra | unexpected argument 'extra' for config: it takes no arguments",
    "completion bash a b | unexpected argument 'b' for completion: it takes a shell and a command"
        + " name, e.g. completion bash docket",
    "completion fish | completion for shell 'fish' is not available; use one of bash, zsh",
    "-x | unknown option '-x' (see --help)",
    "run --x | unknown option '--x' for run (see run --help)",
    "run Plott --help | unknown task 'Plott'; did you mean Plot? (known tasks: Broken, ...",
    "help Plott | unknown task 'Plott'; did you mean Plot? (known tasks: Broken, ...",
    "help lst | unknown command 'lst'; did you mean list? (commands: run <Task>, list, config,"
        + " completion <shell>, history [RUN], scheduler, help; see --help)",
    "help list x | unexpected argument 'x' for help: it takes a command or a task, e.g. help run"
        + " or help Broken",
  })
  void badInputIsOneLineInDocketsWords(String line, String message) {
    CliRunner.Result result = cli.run(line.split(" "));
    if (message.endsWith("...")) { // the known tasks depend on which tests ran before
      assertThat(result.err()).startsWith("docket: error: " + message.replace("...", ""));
      assertThat(result.err().lines().count()).isEqualTo(1);
    } else {
      assertThat(result.err()).isEqualTo("docket: error: " + message + System.lineSeparator());
    }
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void helpShowsTheHelpOfACommandOrATask() {
    CliRunner.Result top = cli.run("help");
    assertThat(top.status()).isEqualTo(0);
    assertThat(top.out()).isEqualTo(cli.run("--help").out());
    assertThat(top.out()).contains("history");

    CliRunner.Result run = cli.run("help", "run");
    assertThat(run.status()).isEqualTo(0);
    assertThat(run.out()).isEqualTo(cli.run("run", "--help").out());
    assertThat(run.out()).contains("Tasks:");
    assertThat(run.out()).doesNotContain("Commands:");
    assertThat(run.out()).contains("Usage: docket run [-h] <Task> [OPTIONS]");

    String plot = cli.run("run", "Plot", "--help").out();
    assertThat(cli.run("help", "Plot").out()).isEqualTo(plot);
    assertThat(cli.run("help", "run", "Plot").out()).isEqualTo(plot);
    assertThat(cli.run("help", "history").out()).contains("Usage: docket history [-h] [RUN]");
  }

  @Test
  void aPlainTasksHelpOffersNoWorkflowOptionsButTheyAreAccepted() {
    String plot = cli.run("help", "Plot").out();
    assertThat(plot).contains("--workers");
    assertThat(plot).doesNotContain("--tasks-per-job=N");
    assertThat(plot).doesNotContain("--cancel-jobs ");
    assertThat(plot.replaceAll("\\s+", " ")).contains("The workflow options (--workflow,"
        + " --branches, --tasks-per-job, --parallel-jobs, --retries, --cancel-jobs, --cleanup-jobs)"
        + " apply to the workflows this task requires");
    // Still accepted, by both parsers: they apply to the workflows the task requires.
    assertThat(cli.run("run", "Plot", "--dataset", "x", "--tasks-per-job", "2", "--dry-run")
        .status()).isEqualTo(0);
    assertThat(cli.run("run", "Plot", "--dataset", "x", "--tasks-per-job=2", "--", "--dry-run")
        .err()).doesNotContain("--tasks-per-job");
  }

  @Test
  void helpAndCompletionNameTheLauncher() {
    System.setProperty(Launcher.PROPERTY, "./docket");
    String help = cli.run("--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("Usage: ./docket [-h] [COMMAND]");
    assertThat(help).contains("Shell completion: source <(./docket completion bash docket)");
    assertThat(cli.run("completion", "bash").out()).contains("complete -F _docket_docket 'docket'");

    System.setProperty(Launcher.PROPERTY, "/home/me/ana/ttbar");
    assertThat(cli.run("--help").out().replaceAll("\\s+", " "))
        .contains("Shell completion: source <(/home/me/ana/ttbar completion bash ttbar)");
    assertThat(cli.run("completion", "zsh").out()).contains("complete -F _docket_ttbar 'ttbar'");
  }

  @Test
  void completionOffersEveryCommandAndHelpTopics() {
    String script = cli.run("completion", "bash").out();
    assertThat(script).contains("'run list config completion history scheduler help'");
    assertThat(script).contains("    help)\n");
    assertThat(script).contains("'run list config completion history scheduler help Broken");
  }
}
