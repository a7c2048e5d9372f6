package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

/** The history is readied from the first line of main only for a command that records a run. */
class HistoryWarmUpGuessTest {
  private static boolean records(String... args) {
    return DocketCli.recordsARun(args);
  }

  @Test
  void aRunIsRecorded() {
    assertThat(records("run", "Report")).isTrue();
    assertThat(records("run", "Report", "--workers", "2", "--datasets", "ttbar")).isTrue();
  }

  @Test
  void otherCommandsHelpAndDryRunsAreNot() {
    assertThat(records()).isFalse();
    assertThat(records("list")).isFalse();
    assertThat(records("history")).isFalse();
    assertThat(records("run", "Report", "--help")).isFalse();
    assertThat(records("run", "-h")).isFalse();
    assertThat(records("run", "Report", "--dry-run")).isFalse();
    assertThat(records("Report", "run")).isFalse();
  }
}
