package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.runtime.internal.sandbox.InsideCommand;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The exit status of the commands that run no task: 0 when they did what was asked, whatever
 * the state of the store (DESIGN: 0 complete or nothing to do, 1 a task failed, 2 bad input).
 */
class ExitStatusTest extends CliFixture {
  private void assertStatus(int expected, String... args) {
    CliRunner.Result result = cli.run(args);
    assertWithMessage(String.join(" ", args) + "\n" + result).that(result.status()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "list",
        "config",
        "completion bash",
        "completion zsh",
        "history",
        "history 1",
        "run Report --datasets fail,ttbar --dry-run",
        "run Selection --dataset ttbar --print-status 0",
        "run Selection --dataset ttbar --print-deps --dry-run",
        "run Selection --dataset ttbar --remove-output 0 --yes",
        "run Selection --dataset ttbar --remove-output 0,d",
      })
  void exitsZeroOnAStoreWithOneRun(String command) {
    assertThat(cli.run("run", "Reconstruction", "--dataset", "ttbar").status()).isEqualTo(0);
    assertStatus(0, command.split(" "));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "list",
        "config",
        "history",
        "run Report --datasets fail,ttbar --dry-run",
        "run Selection --dataset ttbar --remove-output 0 --yes",
      })
  void exitsZeroOnAnEmptyStore(String command) {
    assertStatus(0, command.split(" "));
  }

  @Test
  void aDryRunRunsNothing_evenWhereTheTaskWouldFail() {
    CliRunner.Result dry = cli.run("run", "Report", "--datasets", "fail,ttbar", "--dry-run");
    assertThat(dry.status()).isEqualTo(0);
    assertThat(dry.out()).contains("Failing(dataset=fail, version=v1)");
    assertThat(Files.exists(dir.resolve("reco/v1/ttbar.json"))).isFalse();
    assertThat(cli.run("run", "Report", "--datasets", "fail,ttbar").status()).isEqualTo(1);
  }

  @Test
  void aRemovalOnlyRunRemovesAndDoesNotRunTheTaskAgain() throws IOException {
    assertThat(cli.run("run", "Selection", "--dataset", "ttbar").status()).isEqualTo(0);
    CliRunner.Result removed =
        cli.run("run", "Selection", "--dataset", "ttbar", "--remove-output", "0", "--yes");
    assertThat(removed.status()).isEqualTo(0);
    assertThat(Files.exists(dir.resolve("sel/v1/ttbar.json"))).isFalse();
    assertThat(removed.out()).doesNotContain("start Selection");
  }

  @Test
  void aRemovalRefusedWithoutConfirmationIsBadInput() {
    assertThat(cli.run("run", "Selection", "--dataset", "ttbar").status()).isEqualTo(0);
    assertStatus(2, "run", "Selection", "--dataset", "ttbar", "--remove-output", "0");
    assertThat(Files.exists(dir.resolve("sel/v1/ttbar.json"))).isTrue();
  }

  /** The verb a sandbox runs ({@code internal.sandbox}) passes its task's status on. */
  @Test
  void theSandboxVerbExitsWithItsTasksStatus() {
    CliRunner.Result failed = cli.run(InsideCommand.VERB, "Failing", "--dataset", "x");
    assertThat(failed.status()).isEqualTo(1);
    assertThat(failed.err()).contains("disk full");
    assertStatus(0, InsideCommand.VERB, "Selection", "--dataset", "ttbar");
  }
}
