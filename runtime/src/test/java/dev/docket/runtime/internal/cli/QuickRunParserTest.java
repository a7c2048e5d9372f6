package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.More_TaskIndex;
import dev.docket.runtime.spi.TaskRegistry;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quick parser reads what it accepts exactly as picocli's {@link ArgumentParser} does, and
 * leaves everything else to it. Each command line is a space-separated string ({@code ''} an
 * empty argument). ttbar.Calib has {@code --min-jets int = 4} and {@code --verbose boolean};
 * Plot has {@code --dataset String} (required) and {@code --version}; Chain has {@code --n int}.
 */
class QuickRunParserTest {
  private final TaskRegistry registry = TaskRegistry.global().register(new More_TaskIndex());
  private final QuickRunParser quick = new QuickRunParser(registry);
  private final ArgumentParser picocli = new ArgumentParser(registry);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "run ttbar.Calib",
        "run Chain --n 3",
        "run Chain --n 3 --workers 2",
        "run Chain --workers 2 --n 3",
        "run Chain --n=3 --workers=2",
        "run Chain --n x",
        "run Chain --n 3 --workers 0",
        "run Chain --n 3 --workers x",
        "run Chain --n Plot",
        "run Chain --n run",
        "run Chain --n @file",
        "run Chain --n ${HOME}",
        "run Chain --n 3 --dry-run",
        "run Chain --n 3 --print-deps --yes",
        "run Chain --n 3 --print-status 2",
        "run Chain --n 3 --remove-output 1 --yes",
        "run Chain --n 3 --keep-going",
        "run Chain --n 3 --stop-on-failure",
        "run Chain --n 3 --keep-going --stop-on-failure",
        "run Chain --n 3 --workflow local --tasks-per-job 2 --retries 0 --parallel-jobs 3",
        "run Chain --n 3 --branches 0:10,15",
        "run Chain --n 3 --branches x",
        "run Chain --n 3 --cancel-jobs --cleanup-jobs",
        "run ttbar.Calib --verbose",
        "run ttbar.Calib --verbose --min-jets 2",
        "run ttbar.Calib --min-jets 2 --verbose",
        "run ttbar.Calib --verbose --min-jets=2",
        "run ttbar.Calib --verbose --dry-run",
        "run Plot --dataset ttbar --version v2",
        "run Plot --version v2 --dataset a=b",
        "run Plot --dataset=a=b",
        "run Plot --dataset 'quoted'",
        "run Plot --dataset \"quoted\"",
      })
  void acceptsCommonCommandLinesAndReadsThemAsPicocliDoes(String line) {
    String[] args = args(line);
    String expected = describe(() -> picocli.parse(args));
    assertThat(describe(() -> quick.parse(args))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "run",
        "list",
        "--help",
        "run --help",
        "run Unknown --n 3",
        "run Chain --help",
        "run Chain --n 3 -h",
        "run Chain -h",
        "run Chain --n",
        "run Chain --n ''",
        "run Chain --n=",
        "run Chain --n -3",
        "run Chain --n=-3",
        "run Chain --n 3 --n 4",
        "run Chain --n 3 --workers 1 --workers 2",
        "run Chain --n 3 --unknown 1",
        "run Chain --n 3 --nn 1",
        "run Chain --n 3 extra",
        "run Chain --n 3 --",
        "run Chain -- --n 3",
        "run Chain --n 3 --dry-run=true",
        "run Chain --n 3 --workers",
        "run Chain --n 3 --workers --dry-run",
        "run Chain --N 3",
        "run ttbar.Calib --verbose false",
        "run ttbar.Calib --verbose=false",
        "run ttbar.Calib --verbose --unknown",
        "run ttbar.Calib --verbose x",
        "run Chain Plot --n 3",
      })
  void leavesEverythingElseToPicocli(String line) {
    assertThat(quick.parse(args(line))).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"run Chain --n 3"})
  void declinesWhenPicocliIsConfiguredBySystemProperties(String line) {
    System.setProperty("picocli.trimQuotes", "true");
    try {
      assertThat(quick.parse(args(line))).isNull();
    } finally {
      System.clearProperty("picocli.trimQuotes");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"run Chain --n 3 --workers 0", "run Chain --n 3 --keep-going --stop-on-failure"})
  void reportsBadRunOptionsWithPicocliPathsMessage(String line) {
    String[] args = args(line);
    BadInputException quickError = assertThrows(BadInputException.class, () -> quick.parse(args));
    BadInputException picocliError =
        assertThrows(BadInputException.class, () -> picocli.parse(args));
    assertThat(quickError).hasMessageThat().isEqualTo(picocliError.getMessage());
  }

  private static String[] args(String line) {
    if (line.isEmpty()) {
      return new String[0];
    }
    return java.util.Arrays.stream(line.split(" "))
        .map(word -> word.equals("''") ? "" : word)
        .toArray(String[]::new);
  }

  /** Everything an invocation says, or the bad-input message it throws. */
  private static String describe(java.util.function.Supplier<Invocation> parse) {
    Invocation invocation;
    try {
      invocation = parse.get();
    } catch (BadInputException e) {
      return "error: " + e.getMessage();
    }
    if (invocation == null) {
      return "declined";
    }
    Invocation.Run run = (Invocation.Run) invocation;
    RunOptions o = run.options();
    var w = o.workflow();
    String branches =
        w.branches().isAll()
            ? "all"
            : IntStream.range(0, 40)
                .filter(w.branches()::contains)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(","));
    List<String> params =
        run.params().stream().map(p -> p.spec().option() + "=" + p.text()).toList();
    return run.family().name() + " " + params + " workers=" + o.workers() + " dryRun="
        + o.dryRun() + " printDeps=" + o.printDeps() + " printStatus=" + o.printStatus()
        + " removeOutput=" + o.removeOutput() + " yes=" + o.yes() + " keepGoing="
        + o.keepGoing() + " workflow=" + w.workflow() + " branches=" + branches
        + " tasksPerJob=" + w.tasksPerJob() + " parallelJobs=" + w.parallelJobs() + " retries="
        + w.retries() + " cancel=" + w.cancelJobs() + " cleanup=" + w.cleanupJobs();
  }
}
