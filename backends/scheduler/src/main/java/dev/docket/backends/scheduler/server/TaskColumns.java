package dev.docket.backends.scheduler.server;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The {@code tasks} table as one list of columns, each with its SQL type, how a task's field is
 * written into it and read back: the table's definition, its insert and its select all follow
 * the list, so a field is added in one place.
 */
final class TaskColumns {
  private interface Writer {
    void write(PreparedStatement p, int index, TaskRow.Snapshot t) throws SQLException;
  }

  private interface Reader {
    void read(ResultSet r, int index, TaskRow t) throws SQLException;
  }

  /** {@code reader} null: a column of the task's identity, given to its constructor. */
  private record Column(String name, String type, Writer writer, Reader reader) {}

  private static final TypeReference<Map<String, String>> PARAMS = new TypeReference<>() {};
  private static final TypeReference<List<String>> OUTPUTS = new TypeReference<>() {};

  /** The identity first (key, id, family, params: what makes a {@link TaskRow}), then the rest. */
  private static final List<Column> COLUMNS =
      List.of(
          new Column("key", "INTEGER PRIMARY KEY", (p, i, t) -> p.setInt(i, t.key()), null),
          new Column("id", "TEXT NOT NULL UNIQUE", (p, i, t) -> p.setString(i, t.id()), null),
          new Column("family", "TEXT NOT NULL", (p, i, t) -> p.setString(i, t.family()), null),
          new Column("params", "TEXT NOT NULL", (p, i, t) -> p.setString(i, Json.write(t.params())), null),
          new Column("workflow", "TEXT", (p, i, t) -> p.setString(i, t.workflow()),
              (r, i, t) -> t.workflow = r.getString(i)),
          new Column("state", "TEXT NOT NULL", (p, i, t) -> p.setString(i, t.state()),
              (r, i, t) -> t.state = r.getString(i)),
          new Column("message", "TEXT", (p, i, t) -> p.setString(i, t.message()),
              (r, i, t) -> t.message = r.getString(i)),
          new Column("progress", "REAL",
              (p, i, t) -> {
                if (t.progress() == null) {
                  p.setNull(i, Types.REAL);
                } else {
                  p.setDouble(i, t.progress());
                }
              },
              (r, i, t) -> {
                double progress = r.getDouble(i);
                t.progress = r.wasNull() ? null : progress;
              }),
          new Column("tracking_url", "TEXT", (p, i, t) -> p.setString(i, t.trackingUrl()),
              (r, i, t) -> t.trackingUrl = r.getString(i)),
          new Column("worker", "TEXT", (p, i, t) -> p.setString(i, t.worker()),
              (r, i, t) -> t.worker = r.getString(i)),
          new Column("updated", "INTEGER", (p, i, t) -> p.setLong(i, t.updated()),
              (r, i, t) -> t.updated = r.getLong(i)),
          new Column("started", "INTEGER", (p, i, t) -> p.setLong(i, t.started()),
              (r, i, t) -> t.started = r.getLong(i)),
          new Column("finished", "INTEGER", (p, i, t) -> p.setLong(i, t.finished()),
              (r, i, t) -> t.finished = r.getLong(i)),
          new Column("outputs", "TEXT", (p, i, t) -> p.setString(i, Json.write(t.outputs())),
              (r, i, t) -> t.outputs = Json.read(r.getString(i), OUTPUTS)),
          new Column("log_tail", "TEXT", (p, i, t) -> p.setString(i, t.logTail()),
              (r, i, t) -> t.logTail = r.getString(i)),
          new Column("deps", "TEXT", (p, i, t) -> p.setString(i, Schema.joined(t.deps())),
              (r, i, t) -> t.deps = Schema.split(r.getString(i))));

  private static final String NAMES =
      COLUMNS.stream().map(Column::name).collect(Collectors.joining(", "));

  /** The columns' definitions, for {@code CREATE TABLE}. */
  static final List<String> DEFINITIONS = COLUMNS.stream().map(c -> c.name() + " " + c.type()).toList();

  static final String INSERT =
      "INSERT OR REPLACE INTO tasks (" + NAMES + ") VALUES ("
          + COLUMNS.stream().map(c -> "?").collect(Collectors.joining(",")) + ")";

  static final String SELECT = "SELECT " + NAMES + " FROM tasks ORDER BY key";

  /** Binds {@code t} to {@link #INSERT}'s parameters. */
  static void bind(PreparedStatement p, TaskRow.Snapshot t) throws SQLException {
    for (int i = 0; i < COLUMNS.size(); i++) {
      COLUMNS.get(i).writer().write(p, i + 1, t);
    }
  }

  /** The task in {@link #SELECT}'s current row. */
  static TaskRow read(ResultSet r) throws SQLException {
    TaskRow t = new TaskRow(r.getInt(1), r.getString(2), r.getString(3), Json.read(r.getString(4), PARAMS));
    for (int i = 0; i < COLUMNS.size(); i++) {
      Reader reader = COLUMNS.get(i).reader();
      if (reader != null) {
        reader.read(r, i + 1, t);
      }
    }
    return t;
  }

  private TaskColumns() {}
}
