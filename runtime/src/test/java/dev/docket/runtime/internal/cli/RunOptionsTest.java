package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.param.ParamSpec;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The run-option table ({@link RunOption}) and what reads it: parsers, messages, help, completion. */
class RunOptionsTest extends CliFixture {
  @Test
  void everyRunOptionIsReservedSoTheProcessorRejectsParametersOfThatName() {
    for (RunOption option : RunOption.values()) {
      assertThat(ParamSpec.RESERVED_OPTIONS).contains(option.option());
    }
    assertThat(ParamSpec.RESERVED_OPTIONS).contains(RunOption.HELP);
    assertThat(ParamSpec.RESERVED_OPTIONS).hasSize(RunOption.values().length + 1);
  }

  /** Each line: option, value; the message gives the option's real range, whatever the value. */
  @ParameterizedTest
  @CsvSource({
    "--workers, 0, 1 to 1024",
    "--workers, 1025, 1 to 1024",
    "--workers, 2147483647, 1 to 1024",
    "--workers, 99999999999, 1 to 1024",
    "--workers, 99999999999999999999999, 1 to 1024",
    "--workers, -1, 1 to 1024",
    "--tasks-per-job, 0, 1 to 100000",
    "--tasks-per-job, 100001, 1 to 100000",
    "--parallel-jobs, 0, 1 to 100000",
    "--parallel-jobs, 2147483647, 1 to 100000",
    "--retries, 101, 0 to 100",
    "--retries, 2147483647, 0 to 100",
  })
  void outOfRangeNumbersAreBadInputNamingTheRange(String option, String value, String range) {
    String message = "bad value '" + value + "' for " + option + ": expected a whole number from "
        + range;
    // The quick parser reads the first form, picocli the second (a value starting with '-'
    // or given with '=' after a flag goes to picocli): both give the same message.
    assertBadInput(cli.run("run", "Selection", "--dataset", "x", option, value), message);
    assertBadInput(cli.run("run", "Selection", "--dataset", "x", option + "=" + value, "--"),
        message);
  }

  @ParameterizedTest
  @CsvSource({"--workers, \u0664", "--workers, \uff14", "--retries, \u0663", "--print-status, \u0967"})
  void numbersInDigitsOfOtherScriptsAreRefused(String option, String value) {
    CliRunner.Result result = cli.run("run", "Selection", "--dataset", "x", option, value);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains("bad value '" + value + "' for " + option);
  }

  @Test
  void theBoundsAreTheLimitsThemselves() {
    assertThat(cli.run("run", "Selection", "--dataset", "x", "--workers", "1024").status())
        .isEqualTo(0);
    assertThat(cli.run("run", "Selection", "--dataset", "x", "--retries", "0", "--dry-run")
        .status()).isEqualTo(0);
  }

  @Test
  void configuredWorkersHaveTheBoundsOfTheOption() throws Exception {
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nworkers = 5000\n");
    CliRunner.Result result = cli.run("run", "Selection", "--dataset", "x");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).contains(
        "bad value '5000' for [core] workers in " + dir.resolve("docket.cfg")
            + ": expected a whole number from 1 to 1024");
  }

  @Test
  void helpGivesEachNumberItsRangeAndDefault() {
    String help = cli.run("run", "Selection", "--help").out().replaceAll("\\s+", " ");
    assertThat(help).contains("Run up to N tasks at once (N: 1 to 1024; default: [core] workers,");
    assertThat(RunOption.RETRIES.help())
        .isEqualTo("Resubmit a failed job up to N times (N: 0 to 100; default: 1).");
    assertThat(RunOption.PARALLEL_JOBS.help())
        .endsWith("(N: 1 to 100000; default: no limit; local-process: one per core).");
    assertThat(help).contains("Show tasks and outputs to DEPTH (0: this task, -1: every level)");
  }

  @Test
  void completionOffersEveryRunOption() {
    String script = cli.run("completion", "bash").out();
    for (RunOption option : RunOption.values()) {
      assertThat(script).contains(option.option());
    }
  }

  @Test
  void configShowsTheDefaultOfWorkersFromTheTable() {
    assertThat(cli.run("config").out()).contains("workers = "
        + RunOption.WORKERS.defaultValue().orElseThrow() + "  # default");
  }

  private static void assertBadInput(CliRunner.Result result, String message) {
    assertThat(result.err()).isEqualTo("docket: error: " + message + System.lineSeparator());
    assertThat(result.status()).isEqualTo(2);
  }
}
