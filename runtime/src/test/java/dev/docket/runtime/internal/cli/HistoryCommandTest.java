package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Runs are recorded in SQLite under the store; {@code history} reads them back. */
class HistoryCommandTest extends CliFixture {
  @Test
  void everyRunIsRecordedAndAFailedRunListsItsFailures() throws IOException {
    assertThat(cli.run("history").out()).contains("No runs recorded yet");
    assertThat(cli.run("run", "Reconstruction", "--dataset", "ttbar").status()).isEqualTo(0);
    assertThat(cli.run("run", "Report", "--datasets", "fail,ttbar").status()).isEqualTo(1);
    // a run writes a journal of its own; history imports them into the database
    try (var journals = Files.list(dir.resolve(".docket/history.db-pending"))) {
      assertThat(journals.count()).isEqualTo(2);
    }
    assertThat(Files.exists(dir.resolve(".docket/history.db"))).isFalse();

    CliRunner.Result list = cli.run("history");
    assertThat(Files.exists(dir.resolve(".docket/history.db"))).isTrue();
    assertThat(list.status()).isEqualTo(0);
    assertThat(list.outLines().get(0)).contains("run  started");
    assertThat(list.outLines().get(1))
        .containsMatch("^\\s+2  \\S+ \\S+\\s+\\d+\\.\\d s  failed\\s+0\\s+2\\s+1\\s+1  Report\\(datasets=fail,ttbar\\) @ \\S+");
    assertThat(list.outLines().get(2))
        .containsMatch("^\\s+1  .*  done\\s+2\\s+0\\s+0\\s+0  Reconstruction\\(dataset=ttbar, version=v1\\) @ ");

    CliRunner.Result failures = cli.run("history", "2");
    assertThat(failures.status()).isEqualTo(0);
    assertThat(failures.outLines())
        .containsAtLeast(
            "  0 ran, 2 already complete, 1 failed, 1 failed upstream",
            "  FAILED Failing(dataset=fail, version=v1): IOException: disk full",
            "  FAILED_UPSTREAM Report(datasets=fail,ttbar): needs Failing(dataset=fail, version=v1), which failed")
        .inOrder();
    assertThat(cli.run("history", "1").out()).contains("No failures.");
  }

  @Test
  void anUnknownRunIsBadInput() {
    cli.run("run", "Reconstruction", "--dataset", "ttbar");
    CliRunner.Result result = cli.run("history", "7");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo("docket: error: no run 7 in the history; 'history' lists the recorded runs\n");
  }

  @Test
  void historyCanBeTurnedOffOrPointedElsewhere() throws IOException {
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nhistory = off\n");
    cli.run("run", "Reconstruction", "--dataset", "ttbar");
    assertThat(Files.exists(dir.resolve(".docket/history.db"))).isFalse();

    Path elsewhere = dir.resolve("db/runs.db");
    Files.writeString(dir.resolve("docket.cfg"), "[core]\nhistory = jdbc:sqlite:" + elsewhere + "\n");
    cli.run("run", "Reconstruction", "--dataset", "wjets");
    assertThat(Files.exists(dir.resolve("db/runs.db-pending"))).isTrue();
    assertThat(cli.run("history").out()).contains("Reconstruction(dataset=wjets, version=v1)");
    assertThat(Files.exists(elsewhere)).isTrue();
  }
}
