package dev.docket.backends.scheduler.server;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * The scheduler's state on disk: one SQLite file, written by one thread. Changes are queued and
 * committed in groups (everything queued while the previous commit ran goes into the next
 * transaction), and a caller that must not answer before its change is on disk waits for its
 * future: fifty workers reporting at once cost a few commits, not fifty.
 */
final class Journal implements AutoCloseable {
  /** One change, applied inside the writer's transaction. */
  interface Write {
    void apply(Statements statements) throws SQLException;
  }

  /** The writer's prepared statements, one per SQL text, reused across transactions. */
  static final class Statements {
    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Statements(Connection connection) {
      this.connection = connection;
    }

    PreparedStatement get(String sql) throws SQLException {
      PreparedStatement statement = prepared.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        prepared.put(sql, statement);
      }
      return statement;
    }
  }

  private record Pending(Write write, CompletableFuture<Void> done) {}

  private static final Pending STOP = new Pending(null, null);

  private final Connection connection;
  private final Statements statements;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread writer;

  private Journal(Connection connection) {
    this.connection = connection;
    this.statements = new Statements(connection);
    this.writer = new Thread(this::drain, "docket-scheduler-journal");
    writer.setDaemon(true);
  }

  /** Opens (creating) the state file {@code file} with the scheduler's tables. */
  static Journal open(Path file) throws SQLException {
    Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement statement = connection.createStatement()) {
      // WAL: readers never wait for the writer; NORMAL: a commit survives a crash of this
      // process (not of the machine's power), at a fraction of FULL's cost.
      statement.execute("PRAGMA journal_mode=WAL");
      statement.execute("PRAGMA synchronous=NORMAL");
      for (String ddl : Schema.TABLES) {
        statement.execute(ddl);
      }
    } catch (SQLException e) {
      connection.close();
      throw e;
    }
    connection.setAutoCommit(false);
    Journal journal = new Journal(connection);
    journal.writer.start();
    return journal;
  }

  /** What the file holds, read once at start-up (before any write is queued). */
  Schema.Loaded load() throws SQLException {
    synchronized (connection) {
      Schema.Loaded loaded = Schema.load(connection);
      connection.commit();
      return loaded;
    }
  }

  /** Queues {@code write}; the future completes once it is committed. */
  CompletableFuture<Void> submit(Write write) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    queue.add(new Pending(write, done));
    return done;
  }

  private void drain() {
    List<Pending> batch = new ArrayList<>();
    while (true) {
      try {
        batch.add(queue.take());
      } catch (InterruptedException e) {
        return;
      }
      queue.drainTo(batch);
      boolean stop = false;
      synchronized (connection) {
        try {
          for (Pending pending : batch) {
            if (pending == STOP) {
              stop = true;
            } else {
              pending.write.apply(statements);
            }
          }
          connection.commit();
          batch.forEach(p -> complete(p, null));
        } catch (SQLException | RuntimeException e) {
          rollback();
          batch.forEach(p -> complete(p, e));
        }
      }
      batch.clear();
      if (stop) {
        return;
      }
    }
  }

  private static void complete(Pending pending, Exception failure) {
    if (pending.done == null) {
      return;
    }
    if (failure == null) {
      pending.done.complete(null);
    } else {
      pending.done.completeExceptionally(failure);
    }
  }

  private void rollback() {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the failure being reported already says what went wrong
    }
  }

  /** Commits what is queued, then closes the file. */
  @Override
  public void close() throws SQLException {
    queue.add(STOP);
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (connection) {
      connection.close();
    }
  }
}
