package dev.docket.runtime.internal.history;

import dev.docket.runtime.RunSummary;
import dev.docket.runtime.internal.store.StoreDirectory;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Records one run in the history without slowing it down. With SQLite in a file (the default)
 * the run writes a small journal of its own ({@link RunJournal}) and never loads sqlite-jdbc,
 * which was a third of a short run's CPU; the {@code history} command imports the journals,
 * and so does a run that lasts a few seconds, on a background thread. With any other JDBC URL
 * the database is opened and the run's row written on a background thread while the graph is
 * planned, the task rows at the end. The history is a record, not part of the run: if it cannot
 * be written, the run goes on and one warning says why.
 */
public final class HistoryRecorder {
  /** A run still going after this long imports the pending journals, off its critical path. */
  static final long IMPORT_AFTER_MILLIS = 3_000;

  private final RunJournal journal;
  private final Exception journalFailure;
  private final Thread importer;
  private final CompletableFuture<Started> started;
  private final PrintStream err;

  private record Started(RunHistory history, long id) {}

  private HistoryRecorder(
      RunJournal journal,
      Exception journalFailure,
      Thread importer,
      CompletableFuture<Started> started,
      PrintStream err) {
    this.journal = journal;
    this.journalFailure = journalFailure;
    this.importer = importer;
    this.started = started;
    this.err = err;
  }

  /**
   * The history's JDBC URL: {@code [core] history} of docket.cfg, {@code off} for none, by
   * default SQLite at {@code <store>/.docket/history.db}.
   */
  public static Optional<String> url(DocketConfig config) {
    String configured = config.section("core").get("history");
    if (configured != null && !configured.isBlank()) {
      String url = configured.strip();
      return url.equals("off") ? Optional.empty() : Optional.of(url);
    }
    return Optional.of("jdbc:sqlite:" + defaultDatabase(config.store()));
  }

  /** Where the history is kept unless {@code [core] history} says otherwise. */
  public static Path defaultDatabase(Path store) {
    return StoreDirectory.docketFiles(store).resolve("history.db");
  }

  /**
   * The SQLite database file that {@code url} names, when it names one (not {@code :memory:},
   * not a {@code file:} URI): such a history is recorded through journals.
   */
  static Optional<Path> sqliteFile(String url) {
    if (!url.startsWith("jdbc:sqlite:")) {
      return Optional.empty();
    }
    String file = url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "");
    return file.isEmpty() || file.contains(":memory:") || file.startsWith("file:")
        ? Optional.empty()
        : Optional.of(Path.of(file));
  }

  /** Starts recording a run of {@code root}; nothing is recorded when {@code url} is empty. */
  public static HistoryRecorder start(Optional<String> url, String root, PrintStream err) {
    long now = System.currentTimeMillis();
    if (url.isEmpty()) {
      return new HistoryRecorder(null, null, null, CompletableFuture.completedFuture(null), err);
    }
    Optional<Path> file = sqliteFile(url.get());
    if (file.isPresent()) {
      try {
        RunJournal journal =
            RunJournal.start(RunJournal.pendingDirectory(file.get()), root, host(), now);
        return new HistoryRecorder(journal, null, importLater(url.get()), null, err);
      } catch (IOException | RuntimeException e) {
        return new HistoryRecorder(null, e, null, null, err);
      }
    }
    return new HistoryRecorder(null, null, null, startDirect(url.get(), root, now), err);
  }

  /**
   * Opens the history at {@code url} with every pending journal imported: what the {@code
   * history} command reads.
   */
  public static RunHistory openImported(String url) throws SQLException, IOException {
    RunHistory history = RunHistory.open(url);
    Optional<Path> file = sqliteFile(url);
    if (file.isPresent()) {
      try {
        new PendingImport(history, host()).importFrom(RunJournal.pendingDirectory(file.get()));
      } catch (SQLException | IOException | RuntimeException e) {
        history.close();
        throw e;
      }
    }
    return history;
  }

  /** Whether {@code url}'s history has runs waiting in journals. */
  public static boolean hasPending(String url) {
    Optional<Path> file = sqliteFile(url);
    if (file.isEmpty()) {
      return false;
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(RunJournal.pendingDirectory(file.get()), "*.run")) {
      return files.iterator().hasNext();
    } catch (IOException e) {
      return false;
    }
  }

  /** A daemon thread that imports the pending journals if the run is still going after a while. */
  private static Thread importLater(String url) {
    Thread thread =
        new Thread(
            new Runnable() { // a class, not a lambda: linking a lambda costs start-up too
              @Override
              public void run() {
                try {
                  Thread.sleep(IMPORT_AFTER_MILLIS);
                  openImported(url).close();
                } catch (InterruptedException e) {
                  // the run ended first: the next one, or the history command, imports
                } catch (Exception | LinkageError e) {
                  // the history command meets it again and says so
                }
              }
            },
            "docket-history-import");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  private static CompletableFuture<Started> startDirect(String url, String root, long now) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            createParent(url);
            RunHistory history = RunHistory.open(url);
            return new Started(history, history.start(root, host(), now));
          } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
          }
        },
        task -> {
          Thread thread = new Thread(task, "docket-history");
          thread.setDaemon(true);
          thread.start();
        });
  }

  /** Records the end of the run. */
  public void finish(RunSummary summary) {
    if (importer != null) {
      importer.interrupt(); // if still waiting; an import under way finishes on its own
    }
    try {
      if (journalFailure != null) {
        throw journalFailure;
      }
      if (journal != null) {
        long now = System.currentTimeMillis();
        journal.finish(SummaryRows.end(summary, now), SummaryRows.tasks(summary, journal.host()));
        return;
      }
      Started run = started.get(60, TimeUnit.SECONDS);
      if (run == null) {
        return;
      }
      try (RunHistory history = run.history()) {
        history.finish(run.id(), summary, host(), System.currentTimeMillis());
      }
    } catch (Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      err.println(
          "docket: warning: the run history was not recorded (" + cause.getMessage()
              + "); set [core] history in docket.cfg to a writable JDBC URL, or to off");
      err.flush();
    }
  }

  /**
   * Forgets the run: it was refused as bad input before anything ran (an output outside the
   * store), so it must not stay in the history as running.
   */
  public void discard() {
    if (importer != null) {
      importer.interrupt();
    }
    try {
      if (journal != null) {
        journal.discard();
        return;
      }
      if (started == null) {
        return;
      }
      Started run = started.get(60, TimeUnit.SECONDS);
      if (run != null) {
        try (RunHistory history = run.history()) {
          history.discard(run.id());
        }
      }
    } catch (Exception e) {
      // The history is a record, not part of the run; the bad input is what the user sees.
    }
  }

  /** Creates the directory of the SQLite file {@code url} names, also as a {@code file:} URI. */
  private static void createParent(String url) throws java.io.IOException {
    if (url.startsWith("jdbc:sqlite:") && !url.contains(":memory:")) {
      // file:/a, file:///a and file://host/a name /a: not a directory "file:" here
      Path file = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", "")
          .replaceFirst("^file:(//[^/]*)?", ""));
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    }
  }

  private static volatile String host;

  /** The machine's name: $HOSTNAME, /etc/hostname, else what the resolver says; asked once. */
  static String host() {
    String name = host;
    if (name == null) {
      name = host(System.getenv("HOSTNAME"), Path.of("/etc/hostname"));
      host = name;
    }
    return name;
  }

  /** The name {@code variable} ($HOSTNAME) gives, else the file {@code etc}, else the resolver. */
  static String host(String variable, Path etc) {
    String name = variable;
    try {
      if (name == null || name.isBlank()) {
        name = Files.isReadable(etc) ? Files.readString(etc).strip() : null;
      }
      if (name == null || name.isBlank()) {
        name = InetAddress.getLocalHost().getHostName();
      }
    } catch (Exception e) {
      name = "unknown";
    }
    return name;
  }
}
