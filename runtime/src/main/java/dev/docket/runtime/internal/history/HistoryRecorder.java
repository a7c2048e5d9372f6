package dev.docket.runtime.internal.history;

import dev.docket.runtime.RunSummary;
import dev.docket.runtime.internal.store.StoreDirectory;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Records one run in the history without slowing it down: the database is opened and the run's
 * row written on a background thread while the graph is planned; the task rows are written at
 * the end in one transaction. The history is a record, not part of the run: if it cannot be
 * written, the run goes on and one warning says why.
 */
public final class HistoryRecorder {
  private final CompletableFuture<Started> started;
  private final PrintStream err;

  private record Started(RunHistory history, long id) {}

  private HistoryRecorder(CompletableFuture<Started> started, PrintStream err) {
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
   * Readies sqlite-jdbc on a thread of its own from the first line of {@code main}, for a command
   * that will record a run: its native library, its logger (which sets up
   * {@code java.util.logging}) and the date format of its connections (which loads the JDK's
   * locale data) are most of the history's cost, about a third of the CPU of a short run. Done
   * while the command line, {@code docket.cfg} and the plan are read on the main thread, they no
   * longer keep a short run waiting at its end. Failures are left to {@link #start}'s thread,
   * which reports them.
   */
  public static void warmUp() {
    Thread thread =
        new Thread(
            new Runnable() { // a class, not a lambda: linking a lambda costs start-up too
              @Override
              public void run() {
                try {
                  RunHistory.warmUp();
                } catch (Exception | LinkageError e) {
                  // the run's own history thread meets it again and says so
                }
              }
            },
            "docket-history-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** Starts recording a run of {@code root}; nothing is recorded when {@code url} is empty. */
  public static HistoryRecorder start(Optional<String> url, String root, PrintStream err) {
    long now = System.currentTimeMillis();
    CompletableFuture<Started> started =
        url.map(
                u ->
                    CompletableFuture.supplyAsync(
                        () -> {
                          try {
                            createParent(u);
                            RunHistory history = RunHistory.open(u);
                            return new Started(history, history.start(root, host(), now));
                          } catch (Exception e) {
                            throw new IllegalStateException(e.getMessage(), e);
                          }
                        },
                        task -> {
                          Thread thread = new Thread(task, "docket-history");
                          thread.setDaemon(true);
                          thread.start();
                        }))
            .orElse(CompletableFuture.completedFuture(null));
    return new HistoryRecorder(started, err);
  }

  /** Records the end of the run. */
  public void finish(RunSummary summary) {
    try {
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
    try {
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

  private static void createParent(String url) throws java.io.IOException {
    if (url.startsWith("jdbc:sqlite:") && !url.contains(":memory:")) {
      Path file = Path.of(url.substring("jdbc:sqlite:".length()).replaceFirst("\\?.*$", ""));
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
    }
  }

  private static volatile String host;

  /** The machine's name: $HOSTNAME, /etc/hostname, else what the resolver says. */
  static String host() {
    String name = host;
    if (name == null) {
      name = System.getenv("HOSTNAME");
      try {
        if (name == null || name.isBlank()) {
          Path etc = Path.of("/etc/hostname");
          name = Files.isReadable(etc) ? Files.readString(etc).strip() : null;
        }
        if (name == null || name.isBlank()) {
          name = InetAddress.getLocalHost().getHostName();
        }
      } catch (Exception e) {
        name = "unknown";
      }
      host = name;
    }
    return name;
  }
}
