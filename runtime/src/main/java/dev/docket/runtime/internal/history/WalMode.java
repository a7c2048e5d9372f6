package dev.docket.runtime.internal.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteErrorCode;

/**
 * Puts a SQLite database into write-ahead-log mode, in which readers and a writer work at once.
 * The mode is kept in the database file, so once set nothing more is written: a connection to
 * such a database only reads it. Setting it on a database still in rollback-journal mode (a new
 * one, or one made by a Docket before the write-ahead log) writes the first page, and while
 * another connection holds the write lock SQLite refuses that at once ({@code SQLITE_BUSY}),
 * without the busy timeout: the change holds a read lock while it asks for the write lock, and
 * waiting there could wait for ever on a writer that waits for the read lock to go. Two runs
 * opening a new store's history together met that refusal. So on it this waits for the writer
 * as any write does, holding no lock, and asks again; the writer has usually set the mode by
 * then, and a writer that outlasts the busy timeout fails the change as it would a write.
 */
final class WalMode {
  private WalMode() {}

  /** Puts the database of {@code connection}, which has its busy timeout, into WAL mode. */
  static void set(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      while (!setUnlessBusy(statement)) {
        // An empty write transaction: waits (the busy timeout) until the writer has finished.
        statement.execute("BEGIN IMMEDIATE");
        statement.execute("COMMIT");
      }
    }
  }

  /** Whether the mode is set; false if another connection's write lock refused the change. */
  private static boolean setUnlessBusy(Statement statement) throws SQLException {
    // Closing the answer ends the statement, and so the change's own write transaction.
    try (ResultSet answer = statement.executeQuery("PRAGMA journal_mode = WAL")) {
      return true;
    } catch (SQLException e) {
      if (e.getErrorCode() != SQLiteErrorCode.SQLITE_BUSY.code) {
        throw e;
      }
      return false;
    }
  }
}
