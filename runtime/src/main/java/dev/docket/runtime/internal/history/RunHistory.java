package dev.docket.runtime.internal.history;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskResult;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The run history in a JDBC database, by default SQLite at {@code <store>/.docket/history.db}:
 * a row per run, a row per task that ran, failed or could not run. Several processes may
 * record at once (SQLite's write-ahead log and a busy timeout).
 */
public final class RunHistory implements AutoCloseable {
  private static final String SCHEMA =
      "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY AUTOINCREMENT, root TEXT NOT NULL,"
          + " host TEXT NOT NULL, pid INTEGER NOT NULL, started_at INTEGER NOT NULL,"
          + " ended_at INTEGER NOT NULL DEFAULT 0, status TEXT NOT NULL, ran INTEGER DEFAULT 0,"
          + " complete INTEGER DEFAULT 0, failed INTEGER DEFAULT 0,"
          + " failed_upstream INTEGER DEFAULT 0);"
          + "CREATE TABLE IF NOT EXISTS tasks (run_id INTEGER NOT NULL REFERENCES runs(id),"
          + " task TEXT NOT NULL, status TEXT NOT NULL, started_at INTEGER NOT NULL,"
          + " ended_at INTEGER NOT NULL, error TEXT NOT NULL, host TEXT NOT NULL);"
          + "CREATE INDEX IF NOT EXISTS tasks_by_run ON tasks (run_id, status)";

  private final Connection connection;

  private RunHistory(Connection connection) {
    this.connection = connection;
  }

  /**
   * Loads what every SQLite connection needs before the first one opens: the native library,
   * the driver's logger and its date format (see {@link HistoryRecorder#warmUp}).
   */
  static void warmUp() throws Exception {
    SqliteNativeCache.install();
    org.sqlite.SQLiteJDBCLoader.initialize();
    Class.forName("org.sqlite.SQLiteConnection", true, RunHistory.class.getClassLoader());
    new org.sqlite.SQLiteConfig();
  }

  /** Opens (and if needed creates) the history at {@code jdbcUrl}. */
  public static RunHistory open(String jdbcUrl) throws SQLException {
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      SqliteNativeCache.install(); // before the driver loads its library
    }
    // SQLite directly: DriverManager would first scan every jar for JDBC drivers.
    Connection connection =
        jdbcUrl.startsWith("jdbc:sqlite:")
            ? org.sqlite.JDBC.createConnection(jdbcUrl, new java.util.Properties())
            : DriverManager.getConnection(jdbcUrl);
    try (Statement statement = connection.createStatement()) {
      if (jdbcUrl.startsWith("jdbc:sqlite:")) {
        statement.execute("PRAGMA busy_timeout = 30000");
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA synchronous = NORMAL");
      }
      for (String sql : SCHEMA.split(";")) {
        statement.execute(sql);
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    return new RunHistory(connection);
  }

  /** Records the start of a run; returns its id. */
  public long start(String root, String host, long startedAt) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO runs (root, host, pid, started_at, status) VALUES (?, ?, ?, ?, 'running')",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, root);
      insert.setString(2, host);
      insert.setLong(3, ProcessHandle.current().pid());
      insert.setLong(4, startedAt);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /** Forgets run {@code id}, which was refused as bad input before anything ran. */
  public void discard(long id) throws SQLException {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM runs WHERE id = ?")) {
      delete.setLong(1, id);
      delete.executeUpdate();
    }
  }

  /** Records the end of run {@code id}: its counts and every task that did not stay complete. */
  public void finish(long id, RunSummary summary, String host, long endedAt) throws SQLException {
    connection.setAutoCommit(false);
    try (PreparedStatement task =
            connection.prepareStatement(
                "INSERT INTO tasks (run_id, task, status, started_at, ended_at, error, host)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement run =
            connection.prepareStatement(
                "UPDATE runs SET ended_at = ?, status = ?, ran = ?, complete = ?, failed = ?,"
                    + " failed_upstream = ? WHERE id = ?")) {
      for (TaskResult result : summary.notComplete()) {
        task.setLong(1, id);
        task.setString(2, result.id().toString());
        task.setString(3, result.outcome().name());
        task.setLong(4, result.startedAt());
        task.setLong(
            5, result.startedAt() == 0 ? 0 : result.startedAt() + Math.round(result.seconds() * 1000));
        task.setString(6, result.reason());
        task.setString(7, host);
        task.addBatch();
      }
      task.executeBatch();
      run.setLong(1, endedAt);
      run.setString(
          2, summary.interrupted() ? "interrupted" : summary.success() ? "done" : "failed");
      run.setLong(3, summary.count(Outcome.RAN));
      run.setLong(4, summary.count(Outcome.COMPLETE));
      run.setLong(5, summary.count(Outcome.FAILED));
      run.setLong(6, summary.count(Outcome.FAILED_UPSTREAM));
      run.setLong(7, id);
      run.executeUpdate();
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** The latest {@code limit} runs, newest first. */
  public List<RunRecord> recent(int limit) throws SQLException {
    return select(
        "SELECT id, root, host, started_at, ended_at, status, ran, complete, failed,"
            + " failed_upstream FROM runs ORDER BY id DESC LIMIT ?",
        limit,
        rows -> new RunRecord(
            rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
            rows.getLong(5), rows.getString(6), rows.getLong(7), rows.getLong(8),
            rows.getLong(9), rows.getLong(10)));
  }

  /** The run {@code id}, if recorded. */
  public java.util.Optional<RunRecord> run(long id) throws SQLException {
    return recent(Integer.MAX_VALUE).stream().filter(r -> r.id() == id).findFirst();
  }

  /**
   * The tasks of run {@code id} that failed, failed upstream or were interrupted, in the order
   * they were decided.
   */
  public List<TaskRecord> failures(long id) throws SQLException {
    return select(
        "SELECT task, status, started_at, ended_at, error, host FROM tasks WHERE run_id = ?"
            + " AND status IN ('FAILED', 'FAILED_UPSTREAM', 'INTERRUPTED') ORDER BY rowid",
        id,
        rows -> new TaskRecord(
            rows.getString(1), rows.getString(2), rows.getLong(3), rows.getLong(4),
            rows.getString(5), rows.getString(6)));
  }

  /** A row of a query's result as a record. */
  private interface Row<T> {
    T read(ResultSet rows) throws SQLException;
  }

  /** The rows of {@code sql}, whose one parameter is {@code argument}, each read by {@code row}. */
  private <T> List<T> select(String sql, long argument, Row<T> row) throws SQLException {
    List<T> result = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setLong(1, argument);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          result.add(row.read(rows));
        }
      }
    }
    return result;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
