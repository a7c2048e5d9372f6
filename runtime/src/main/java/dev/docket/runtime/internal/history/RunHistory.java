package dev.docket.runtime.internal.history;

import dev.docket.runtime.RunSummary;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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
          + "CREATE INDEX IF NOT EXISTS tasks_by_run ON tasks (run_id, status);"
          // which run each imported journal became (RunJournal, PendingImport)
          + "CREATE TABLE IF NOT EXISTS journals (name TEXT PRIMARY KEY,"
          + " run_id INTEGER NOT NULL REFERENCES runs(id))";

  private final Connection connection;

  private RunHistory(Connection connection) {
    this.connection = connection;
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
        WalMode.set(connection); // after the busy timeout, which it relies on
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

  /** Records the start of a run by this process; returns its id. */
  public long start(String root, String host, long startedAt) throws SQLException {
    return start(root, host, ProcessHandle.current().pid(), startedAt);
  }

  /** Records the start of a run by process {@code pid}; returns its id. */
  long start(String root, String host, long pid, long startedAt) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "INSERT INTO runs (root, host, pid, started_at, status) VALUES (?, ?, ?, ?, 'running')",
            Statement.RETURN_GENERATED_KEYS)) {
      insert.setString(1, root);
      insert.setString(2, host);
      insert.setLong(3, pid);
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
    for (String sql : new String[] {
        "DELETE FROM tasks WHERE run_id = ?", "DELETE FROM journals WHERE run_id = ?",
        "DELETE FROM runs WHERE id = ?"}) {
      try (PreparedStatement delete = connection.prepareStatement(sql)) {
        delete.setLong(1, id);
        delete.executeUpdate();
      }
    }
  }

  /** Records the end of run {@code id}: its counts and every task that did not stay complete. */
  public void finish(long id, RunSummary summary, String host, long endedAt) throws SQLException {
    PendingRun.End end = SummaryRows.end(summary, endedAt);
    List<TaskRecord> tasks = SummaryRows.tasks(summary, host);
    inTransaction(() -> finish(id, end, tasks));
  }

  /** Records the end of run {@code id}, inside a transaction of the caller's. */
  void finish(long id, PendingRun.End end, List<TaskRecord> tasks) throws SQLException {
    try (PreparedStatement task =
            connection.prepareStatement(
                "INSERT INTO tasks (run_id, task, status, started_at, ended_at, error, host)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement run =
            connection.prepareStatement(
                "UPDATE runs SET ended_at = ?, status = ?, ran = ?, complete = ?, failed = ?,"
                    + " failed_upstream = ? WHERE id = ?")) {
      for (TaskRecord record : tasks) {
        task.setLong(1, id);
        task.setString(2, record.task());
        task.setString(3, record.status());
        task.setLong(4, record.startedAt());
        task.setLong(5, record.endedAt());
        task.setString(6, record.error());
        task.setString(7, record.host());
        task.addBatch();
      }
      task.executeBatch();
      run.setLong(1, end.endedAt());
      run.setString(2, end.status());
      run.setLong(3, end.ran());
      run.setLong(4, end.complete());
      run.setLong(5, end.failed());
      run.setLong(6, end.failedUpstream());
      run.setLong(7, id);
      run.executeUpdate();
    }
  }

  /** The run that the journal {@code name} became, if it was imported. */
  OptionalLong journalRun(String name) throws SQLException {
    try (PreparedStatement query =
        connection.prepareStatement("SELECT run_id FROM journals WHERE name = ?")) {
      query.setString(1, name);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /** Remembers that the journal {@code name} became run {@code id}. */
  void journalBecame(String name, long id) throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO journals (name, run_id) VALUES (?, ?)")) {
      insert.setString(1, name);
      insert.setLong(2, id);
      insert.executeUpdate();
    }
  }

  /** Whether run {@code id} has its end recorded. */
  boolean ended(long id) throws SQLException {
    return run(id).map(r -> r.endedAt() != 0).orElse(false);
  }

  /** Work on the database as one transaction. */
  interface Work {
    void run() throws SQLException;
  }

  /**
   * Does {@code work} in one transaction that holds the write lock from its start ({@code BEGIN
   * IMMEDIATE}), so that two processes importing the same journals take turns instead of both
   * reading and then failing to write.
   */
  void inTransaction(Work work) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("BEGIN IMMEDIATE");
      try {
        work.run();
        statement.execute("COMMIT");
      } catch (SQLException | RuntimeException e) {
        statement.execute("ROLLBACK");
        throw e;
      }
    }
  }

  /** The latest {@code limit} runs, newest first. */
  public List<RunRecord> recent(int limit) throws SQLException {
    return select(
        "SELECT id, root, host, started_at, ended_at, status, ran, complete, failed,"
            + " failed_upstream FROM runs ORDER BY id DESC LIMIT ?",
        limit,
        RunHistory::runRecord);
  }

  private static RunRecord runRecord(ResultSet rows) throws SQLException {
    return new RunRecord(
        rows.getLong(1), rows.getString(2), rows.getString(3), rows.getLong(4),
        rows.getLong(5), rows.getString(6), rows.getLong(7), rows.getLong(8),
        rows.getLong(9), rows.getLong(10));
  }

  /** The run {@code id}, if recorded. */
  public Optional<RunRecord> run(long id) throws SQLException {
    List<RunRecord> found = select(
        "SELECT id, root, host, started_at, ended_at, status, ran, complete, failed,"
            + " failed_upstream FROM runs WHERE id = ?",
        id,
        RunHistory::runRecord);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
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
