package dev.docket.backends.scheduler.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The tables of the state file, how a row is written, and how the whole is read back. */
final class Schema {
  static final List<String> TABLES =
      List.of(
          "CREATE TABLE IF NOT EXISTS tasks (" + String.join(", ", TaskColumns.DEFINITIONS) + ")",
          "CREATE TABLE IF NOT EXISTS history (task INTEGER NOT NULL, run INTEGER NOT NULL,"
              + " state TEXT NOT NULL, started INTEGER, finished INTEGER)",
          "CREATE INDEX IF NOT EXISTS history_task ON history (task)",
          "CREATE TABLE IF NOT EXISTS runs (id INTEGER PRIMARY KEY, root TEXT NOT NULL,"
              + " worker TEXT, started INTEGER, finished INTEGER, tasks TEXT NOT NULL)",
          "CREATE TABLE IF NOT EXISTS workers (id TEXT PRIMARY KEY, host TEXT, pid INTEGER,"
              + " last_heartbeat INTEGER)",
          "CREATE TABLE IF NOT EXISTS messages (id INTEGER PRIMARY KEY, task INTEGER NOT NULL,"
              + " text TEXT NOT NULL, sent INTEGER, answer TEXT, delivered INTEGER)");

  /** Everything the file holds. */
  record Loaded(
      List<TaskRow> tasks, List<RunRow> runs, List<WorkerRow> workers, List<MessageRow> messages) {}

  static Journal.Write task(TaskRow.Snapshot t) {
    return s -> {
      PreparedStatement p = s.get(TaskColumns.INSERT);
      TaskColumns.bind(p, t);
      p.executeUpdate();
    };
  }

  static Journal.Write history(int task, TaskRow.HistoryEntry entry) {
    return s -> {
      PreparedStatement p =
          s.get("INSERT INTO history (task, run, state, started, finished) VALUES (?,?,?,?,?)");
      p.setInt(1, task);
      p.setLong(2, entry.run());
      p.setString(3, entry.state());
      p.setLong(4, entry.started());
      p.setLong(5, entry.finished());
      p.executeUpdate();
    };
  }

  static Journal.Write run(long id, String root, String worker, long started, long finished, int[] tasks) {
    String keys = joined(tasks);
    return s -> {
      PreparedStatement p =
          s.get(
              "INSERT OR REPLACE INTO runs (id, root, worker, started, finished, tasks)"
                  + " VALUES (?,?,?,?,?,?)");
      p.setLong(1, id);
      p.setString(2, root);
      p.setString(3, worker);
      p.setLong(4, started);
      p.setLong(5, finished);
      p.setString(6, keys);
      p.executeUpdate();
    };
  }

  static Journal.Write worker(String id, String host, long pid, long lastHeartbeat) {
    return s -> {
      PreparedStatement p =
          s.get("INSERT OR REPLACE INTO workers (id, host, pid, last_heartbeat) VALUES (?,?,?,?)");
      p.setString(1, id);
      p.setString(2, host);
      p.setLong(3, pid);
      p.setLong(4, lastHeartbeat);
      p.executeUpdate();
    };
  }

  static Journal.Write workerGone(String id) {
    return s -> {
      PreparedStatement p = s.get("DELETE FROM workers WHERE id = ?");
      p.setString(1, id);
      p.executeUpdate();
    };
  }

  static Journal.Write message(long id, int task, String text, long sent, String answer, boolean delivered) {
    return s -> {
      PreparedStatement p =
          s.get(
              "INSERT OR REPLACE INTO messages (id, task, text, sent, answer, delivered)"
                  + " VALUES (?,?,?,?,?,?)");
      p.setLong(1, id);
      p.setInt(2, task);
      p.setString(3, text);
      p.setLong(4, sent);
      p.setString(5, answer);
      p.setInt(6, delivered ? 1 : 0);
      p.executeUpdate();
    };
  }

  static Loaded load(Connection c) throws SQLException {
    List<TaskRow> tasks = new ArrayList<>();
    try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(TaskColumns.SELECT)) {
      while (r.next()) {
        tasks.add(TaskColumns.read(r));
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT task, run, state, started, finished FROM history ORDER BY rowid")) {
      while (r.next()) {
        int key = r.getInt(1);
        if (key >= 1 && key <= tasks.size()) {
          tasks.get(key - 1).history.add(
              new TaskRow.HistoryEntry(r.getLong(2), r.getString(3), r.getLong(4), r.getLong(5)));
        }
      }
    }
    List<RunRow> runs = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery("SELECT id, root, worker, started, finished, tasks FROM runs ORDER BY id")) {
      while (r.next()) {
        runs.add(
            new RunRow(
                r.getLong(1), r.getString(2), r.getString(3), r.getLong(4), r.getLong(5),
                split(r.getString(6))));
      }
    }
    List<WorkerRow> workers = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT id, host, pid, last_heartbeat FROM workers")) {
      while (r.next()) {
        workers.add(new WorkerRow(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
      }
    }
    List<MessageRow> messages = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT id, task, text, sent, answer, delivered FROM messages ORDER BY id")) {
      while (r.next()) {
        messages.add(
            new MessageRow(
                r.getLong(1), r.getInt(2), r.getString(3), r.getLong(4), r.getString(5),
                r.getInt(6) != 0));
      }
    }
    return new Loaded(tasks, runs, workers, messages);
  }

  static String joined(int[] keys) {
    StringBuilder text = new StringBuilder(keys.length * 6);
    for (int i = 0; i < keys.length; i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(keys[i]);
    }
    return text.toString();
  }

  static int[] split(String text) {
    if (text == null || text.isEmpty()) {
      return new int[0];
    }
    return Arrays.stream(text.split(",")).mapToInt(Integer::parseInt).toArray();
  }

  private Schema() {}
}
