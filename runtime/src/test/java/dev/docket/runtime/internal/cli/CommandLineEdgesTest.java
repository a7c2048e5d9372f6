package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TestStores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Edges of the command line that the other tests pass by: arguments picocli reads after
 * {@code --} or at the run level, options missing their value, flags given one, and {@code --fetch-output}/{@code --remove-output} answered at a terminal.
 */
class CommandLineEdgesTest {
  @TempDir Path dir;
  private CliRunner cli;
  /** What the played user answers, and the questions asked. */
  private String answer = "n";
  private final List<String> prompts = new ArrayList<>();
  /** What standard output showed when each question was asked. */
  private final List<String> shownAtPrompts = new ArrayList<>();

  @BeforeEach
  void setUp() {
    TestStores.reset(dir.resolve("elsewhere"));
    cli = new CliRunner(dir);
  }

  /** A user at a terminal who answers {@link #answer}. */
  private CliRunner atTerminal() {
    CliRunner runner = new CliRunner(dir);
    return runner.terminal(new Terminal() {
      @Override
      public boolean interactive() {
        return true;
      }

      @Override
      public String readLine(String prompt) {
        prompts.add(prompt);
        shownAtPrompts.add(runner.shownSoFar());
        return answer;
      }
    });
  }

  private static String[] words(String line) {
    return line.split(" ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "run -- Nope | unknown task 'Nope' (known tasks: ",
    "run Plot --dataset x --workers | option --workers of Plot needs a value: a whole number from"
        + " 1 to 1024",
    "run Plot --dataset x --print-graph | option --print-graph of Plot needs a value:"
        + " FORMAT[,families]: dot (DOT text) or svg",
    "run --help=x | option --help of run takes no value: give --help alone",
    "completion --help=x | option --help of completion takes no value: give --help alone",
    "history -h=1 | option --help of history takes no value: give --help alone",
    "run Plot --dataset x -h=x | option --help of Plot takes no value: give --help alone",
    "run Plot --dataset x --keep-going=x | option --keep-going of Plot takes no value: give"
        + " --keep-going alone",
    "run Plot --dataset x --workers=1=2 | bad value '1=2' for --workers: expected a whole number"
        + " from 1 to 1024",
    "help run Nope | unknown task 'Nope' (known tasks: ",
    "help Nope | unknown task 'Nope' (known tasks: ",
    "completion bash a/b | 'a/b' cannot be a command name for completion: use letters, digits and"
        + " . _ + -, e.g. the alias you run the analysis with",
    "run | run needs a task, e.g. run Broken (known tasks: Broken, Chain, ",
    "run Sweep --branch 2 --cancel-jobs | --branches, --cancel-jobs and --cleanup-jobs apply to a"
        + " workflow, and Sweep was given --branch: leave --branch out (it is -1, the whole"
        + " workflow) and select with --branches",
    "run Plot --dataset x --cleanup-jobs | --branches, --cancel-jobs and --cleanup-jobs apply to"
        + " a workflow, and Plot is not one: its class does not implement"
        + " dev.docket.runtime.workflow.Workflow",
    "run Sweep --branches 9 | branch 9 of Sweep(branch=-1, size=4) does not exist: its branch map"
        + " has branches 0 to 3",
    // picocli's refusals, each translated to name the culprit and the way out
    "run Plot --dataset x -- -- | unexpected argument '--' for Plot: parameters are given as"
        + " --name value",
    "run Plot --dataset x -- --dataset y | unexpected argument '--dataset' for Plot: parameters"
        + " are given as --name value",
    "run Plot --dataset x -x | unexpected argument '-x' for Plot: parameters are given as"
        + " --name value",
    "run Plot --dataset x --=x | unknown parameter -- for Plot (it has --dataset, --version)",
    "run Plot --dataset x --nope=1 | unknown parameter --nope for Plot (it has --dataset,"
        + " --version)",
    "run ttbar.Calib --verbose x y | unexpected argument 'y' for ttbar.Calib: parameters are"
        + " given as --name value",
    "run Plot --dataset x --dry-run=1 | option --dry-run of Plot takes no value: give --dry-run"
        + " alone",
    "run Plot --dataset x --no-sandbox=true=1 | option --no-sandbox of Plot takes no value: give"
        + " --no-sandbox alone",
    "run Plot --dataset | option --dataset of Plot needs a value: any text",
    "run --workers 2 Plot | option --workers comes after the task: run <Task> --workers (see run"
        + " --help)",
    "run --dry-run=1 Plot | option --dry-run comes after the task: run <Task> --dry-run (see run"
        + " --help)",
    "run --dataset x Plot | parameter --dataset of Plot comes after the task: run Plot --dataset"
        + " <value>",
    "run --dataset=x --workers 2 Plot | parameter --dataset of Plot comes after the task: run"
        + " Plot --dataset <value>",
    "run --nope x Plot | unknown option '--nope' for run",
    "run -- --workers 2 | '--' ends the options, so '--workers' after it is no option: leave out"
        + " '--', e.g. run <Task> --workers",
    "run -- Plot | '--' ends the options, so 'Plot' after it is no task: leave out '--', e.g. run"
        + " Plot",
    "-- list | '--' ends the options, so 'list' after it is no command: leave out '--', e.g. list",
    "-- lsit | unknown command 'lsit'; did you mean list? (commands: ",
    "--nope=1 | unknown option '--nope' (see --help)",
    "list --nope=1 | unknown option '--nope' for list (see list --help)",
    "help run Plot x | unexpected argument 'x' for help: it takes a command or a task",
  })
  void badInputIsOneLineNamingTheCulprit(String line, String message) {
    CliRunner.Result result = cli.run(words(line));
    assertThat(result.err()).startsWith("docket: error: " + message);
    assertThat(result.err().lines().count()).isEqualTo(1);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.out()).isEmpty();
  }

  @Test
  void fetchingBeforeAnythingRanFindsNothing() {
    CliRunner.Result result = cli.run(words("run Plot --dataset=ttbar --fetch-output -1,a,copies"));
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("No outputs to fetch." + System.lineSeparator());
    assertThat(Files.exists(dir.resolve("copies"))).isFalse();
  }

  @Test
  void fetchingAtATerminalListsEachFileWithItsTaskAndCopiesOnlyOnYes() throws Exception {
    assertThat(cli.run(words("run Plot --dataset=ttbar")).status()).isEqualTo(0);
    Path copies = dir.resolve("copies");
    String listing =
        String.join(System.lineSeparator(),
            "Outputs to fetch into " + copies + " (3):",
            "  " + dir.resolve("plot/v1/ttbar.txt") + "  (Plot(dataset=ttbar, version=v1))",
            "  " + dir.resolve("sel/v1/ttbar.json")
                + "  (Selection(dataset=ttbar, minJets=4, version=v1))",
            "  " + dir.resolve("reco/v1/ttbar.json") + "  (Reconstruction(dataset=ttbar, version=v1))",
            "");

    CliRunner.Result no = atTerminal().run(words("run Plot --dataset=ttbar --fetch-output -1,i,copies"));
    assertThat(no.status()).isEqualTo(0);
    assertThat(no.out()).isEqualTo(listing + "Nothing copied." + System.lineSeparator());
    assertThat(prompts).containsExactly("Copy these 3 files into " + copies + "? [y/N] ");
    assertThat(shownAtPrompts).containsExactly(listing); // on the screen before the question
    assertThat(Files.exists(copies)).isFalse();

    answer = " YES ";
    CliRunner.Result yes = atTerminal().run(words("run Plot --dataset=ttbar --fetch-output -1,i,copies"));
    assertThat(yes.status()).isEqualTo(0);
    assertThat(yes.out()).isEqualTo(listing + "Fetched 3 files into " + copies + "." + System.lineSeparator());
    assertThat(Files.readString(copies.resolve("reco/v1/ttbar.json")))
        .isEqualTo(Files.readString(dir.resolve("reco/v1/ttbar.json")));
  }

  @Test
  void aFetchDirectoryThatCannotBeMadeIsBadInputBeforeAnythingIsCopied() {
    assertThat(cli.run(words("run Plot --dataset=ttbar")).status()).isEqualTo(0);
    String name = "c".repeat(300); // longer than any file system's name limit
    CliRunner.Result result = cli.run("run", "Plot", "--dataset=ttbar", "--fetch-output", "-1,a," + name);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).startsWith("docket: error: bad directory 'ccc");
    assertThat(result.err())
        .contains("for --fetch-output: it cannot be created (FileSystemException: " + dir.resolve(name));
    assertThat(result.err()).contains("; give a directory to copy into");
    assertThat(result.err().lines().count()).isEqualTo(1);
  }

  @Test
  void removingAtATerminalAsksWithTheCountAndRemovesOnlyOnYes() {
    assertThat(cli.run(words("run Plot --dataset=ttbar")).status()).isEqualTo(0);
    Path plot = dir.resolve("plot/v1/ttbar.txt");
    String listing = "Outputs to remove (1):" + System.lineSeparator()
        + "  " + plot + "  (Plot(dataset=ttbar, version=v1))" + System.lineSeparator();

    CliRunner.Result no = atTerminal().run(words("run Plot --dataset=ttbar --remove-output 0"));
    assertThat(no.status()).isEqualTo(0);
    assertThat(no.out()).isEqualTo(listing + "Nothing removed." + System.lineSeparator());
    assertThat(Files.exists(plot)).isTrue();

    answer = "y";
    CliRunner.Result yes = atTerminal().run(words("run Plot --dataset=ttbar --remove-output 0"));
    assertThat(yes.status()).isEqualTo(0);
    assertThat(yes.out()).isEqualTo(listing + "Removed 1 output." + System.lineSeparator());
    assertThat(Files.exists(plot)).isFalse();
    assertThat(prompts).containsExactly("Remove these 1 outputs? [y/N] ", "Remove these 1 outputs? [y/N] ");
    assertThat(shownAtPrompts).containsExactly(listing, listing);

    CliRunner.Result two = atTerminal().run(words("run Plot --dataset=ttbar --remove-output -1"));
    assertThat(two.out()).endsWith("Removed 2 outputs." + System.lineSeparator());
    assertThat(atTerminal().run(words("run Plot --dataset=ttbar --remove-output -1")).out())
        .isEqualTo("No outputs to remove." + System.lineSeparator());
  }
}
