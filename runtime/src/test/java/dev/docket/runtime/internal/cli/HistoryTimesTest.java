package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The times {@code history} prints, as values: a run's start in local time and how long it took,
 * from a recorded run whose times the test sets in the database; and a run without an end.
 */
class HistoryTimesTest extends CliFixture {
  private static final long STARTED = Instant.parse("2026-03-04T05:06:07Z").toEpochMilli();
  private static final String START_TEXT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT)
          .withZone(ZoneId.systemDefault())
          .format(Instant.ofEpochMilli(STARTED));

  @BeforeEach
  void oneRecordedRun() {
    assertThat(cli.run("run", "Selection", "--dataset", "ttbar").status()).isEqualTo(0);
    assertThat(cli.run("history").status()).isEqualTo(0); // imports the run's journal
  }

  private void setRun(long endedAt, String status) throws SQLException {
    String url = "jdbc:sqlite:" + dir.resolve(".docket/history.db");
    try (Connection db = DriverManager.getConnection(url);
        PreparedStatement update = db.prepareStatement(
            "UPDATE runs SET started_at = ?, ended_at = ?, status = ? WHERE id = 1")) {
      update.setLong(1, STARTED);
      update.setLong(2, endedAt);
      update.setString(3, status);
      assertThat(update.executeUpdate()).isEqualTo(1);
    }
  }

  @Test
  void aFinishedRunShowsItsStartAndItsDurationInSeconds() throws SQLException {
    setRun(STARTED + 83_250, "done");
    CliRunner.Result list = cli.run("history");
    assertThat(list.status()).isEqualTo(0);
    assertThat(list.outLines().get(1))
        .startsWith(String.format(Locale.ROOT, "%6d  %-19s  %9s  %-11s", 1, START_TEXT, "83.3 s", "done"));

    CliRunner.Result one = cli.run("history", "1");
    assertThat(one.status()).isEqualTo(0);
    assertThat(one.outLines().get(0))
        .endsWith(", started " + START_TEXT + ", took 83.3 s, done");
  }

  @Test
  void aRunWithoutAnEndWhoseStatusIsStillRunningMayHaveBeenInterrupted() throws SQLException {
    setRun(0, "running");
    assertThat(cli.run("history").outLines().get(1))
        .startsWith(String.format(Locale.ROOT, "%6d  %-19s  %9s  %-11s", 1, START_TEXT, "-", "running?"));
    assertThat(cli.run("history", "1").outLines().get(0))
        .endsWith(", started " + START_TEXT + ", took -, running?");
  }

  @Test
  void aRunWithoutAnEndKeepsAnyOtherStatusAsRecorded() throws SQLException {
    setRun(0, "interrupted");
    assertThat(cli.run("history", "1").outLines().get(0)).endsWith(", took -, interrupted");
    setRun(STARTED + 400, "failed");
    assertThat(cli.run("history", "1").outLines().get(0)).endsWith(", took 0.4 s, failed");
  }
}
