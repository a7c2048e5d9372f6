package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.BusyHandler;

/**
 * A database put into write-ahead-log mode while another connection holds its write lock, as a
 * run that opens a new history holds it while it sets the mode. Each waiting connection's busy
 * handler (which replaces the busy timeout) counts the waits and decides when the writer
 * finishes, so the order of events is the test's, not the scheduler's.
 */
class WalModeTest {
  @TempDir Path dir;

  @Test
  void aNewDatabaseIsSetOnceItsWriterHasFinished() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("new.db");
    try (Connection writer = connect(url);
        Statement write = writer.createStatement();
        Connection opener = connect(url)) {
      write.execute("BEGIN IMMEDIATE");
      AtomicInteger waits = waits(opener, () -> write.execute("COMMIT"), 1);

      // What SQLite answers to the change itself: a refusal, at once, without waiting.
      try (Statement plain = opener.createStatement()) {
        SQLException refused =
            assertThrows(SQLException.class, () -> plain.execute("PRAGMA journal_mode = WAL"));
        assertThat(refused.getErrorCode()).isEqualTo(5); // SQLITE_BUSY
      }
      assertThat(waits.get()).isEqualTo(0);

      WalMode.set(opener);
      assertThat(waits.get()).isEqualTo(1);
      assertThat(mode(opener)).isEqualTo("wal");
    }
  }

  @Test
  void aWriterThatOutlastsTheWaitFailsTheChange() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("new.db");
    try (Connection writer = connect(url);
        Statement write = writer.createStatement();
        Connection opener = connect(url)) {
      write.execute("BEGIN IMMEDIATE");
      AtomicInteger waits = waits(opener, () -> {}, 0); // gives up, as the busy timeout ends

      SQLException busy = assertThrows(SQLException.class, () -> WalMode.set(opener));
      assertThat(busy.getErrorCode()).isEqualTo(5);
      assertThat(waits.get()).isEqualTo(1);
      write.execute("COMMIT");
      assertThat(mode(opener)).isEqualTo("delete");
    }
  }

  @Test
  void aDatabaseAlreadyInWalModeIsNotWrittenSoItsWriterIsNotWaitedFor() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("wal.db");
    try (Connection writer = connect(url);
        Statement write = writer.createStatement();
        Connection opener = connect(url)) {
      WalMode.set(writer);
      write.execute("CREATE TABLE t (a)");
      write.execute("BEGIN IMMEDIATE");
      write.execute("INSERT INTO t VALUES (1)");
      AtomicInteger waits = waits(opener, () -> {}, 0);

      WalMode.set(opener);
      assertThat(waits.get()).isEqualTo(0);
      assertThat(mode(opener)).isEqualTo("wal");
    }
  }

  @Test
  void anotherFailureIsPassedOnAsItIs() throws Exception {
    try (Connection opener = connect("jdbc:sqlite:" + dir.resolve("h.db"));
        Statement statement = opener.createStatement()) {
      statement.execute("BEGIN");

      SQLException failed = assertThrows(SQLException.class, () -> WalMode.set(opener));
      assertThat(failed.getMessage()).contains("cannot change into wal mode");
    }
  }

  private interface Step {
    void run() throws SQLException;
  }

  /** Counts the busy waits of {@code connection}, each doing {@code step} and then answering. */
  private static AtomicInteger waits(Connection connection, Step step, int askAgain)
      throws SQLException {
    AtomicInteger waits = new AtomicInteger();
    BusyHandler.setHandler(connection, new BusyHandler() {
      @Override
      protected int callback(int previousWaits) throws SQLException {
        waits.incrementAndGet();
        step.run();
        return askAgain;
      }
    });
    return waits;
  }

  private static Connection connect(String url) throws SQLException {
    SqliteNativeCache.install(); // as RunHistory.open does, before the driver loads its library
    return org.sqlite.JDBC.createConnection(url, new Properties());
  }

  static String mode(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet answer = statement.executeQuery("PRAGMA journal_mode")) {
      answer.next();
      return answer.getString(1);
    }
  }
}
