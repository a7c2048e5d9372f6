package dev.docket.runtime.internal.history;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Imports the runs' journals ({@link RunJournal}) into the database, in one transaction, oldest
 * start first, so that run numbers follow the order the runs started in. A journal becomes a
 * run row the first time it is imported (status {@code running}) and is kept while its run
 * goes on; its end fills the row and then the file is removed. A run whose process died on
 * this machine (killed, power cut) stays {@code running?}, as before the journals, and its file
 * is removed too. Importing twice, or two processes at once, records each run once: the
 * database remembers which run each journal became, and files are removed only after the
 * transaction committed.
 */
final class PendingImport {
  /** A journal whose start line is still not whole after this long was torn: it is removed. */
  private static final Duration TORN = Duration.ofHours(1);

  private final RunHistory history;
  private final String host;

  PendingImport(RunHistory history, String host) {
    this.history = history;
    this.host = host;
  }

  /** Imports the journals in {@code directory} (none when it does not exist). */
  void importFrom(Path directory) throws SQLException, IOException {
    if (!Files.isDirectory(directory)) {
      return;
    }
    List<PendingRun> runs = new ArrayList<>();
    List<Path> done = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.run")) {
      for (Path file : files) {
        try {
          Optional<PendingRun> run = RunJournal.read(file);
          if (run.isPresent()) {
            runs.add(run.get());
          } else if (olderThan(file, TORN)) {
            done.add(file);
          }
        } catch (NoSuchFileException e) {
          // another process imported it meanwhile
        }
      }
    }
    if (runs.isEmpty() && done.isEmpty()) {
      return;
    }
    runs.sort(Comparator.comparingLong(PendingRun::startedAt).thenComparing(PendingRun::name));
    history.inTransaction(() -> {
      for (PendingRun run : runs) {
        if (importRun(run)) {
          done.add(directory.resolve(run.name()));
        }
      }
    });
    for (Path file : done) {
      Files.deleteIfExists(file);
    }
  }

  /** Brings {@code run} into the database; whether its journal has nothing more to say. */
  private boolean importRun(PendingRun run) throws SQLException {
    OptionalLong known = history.journalRun(run.name());
    if (run.discarded()) {
      if (known.isPresent()) {
        history.discard(known.getAsLong());
      }
      return true;
    }
    long id;
    if (known.isPresent()) {
      id = known.getAsLong();
    } else {
      id = history.start(run.root(), run.host(), run.pid(), run.startedAt());
      history.journalBecame(run.name(), id);
    }
    if (run.end().isPresent()) {
      if (!history.ended(id)) {
        history.finish(id, run.end().get(), run.tasks());
      }
      return true;
    }
    return diedHere(run);
  }

  /** Whether the process that wrote {@code run} ran on this machine and is gone. */
  private boolean diedHere(PendingRun run) {
    if (!run.host().equals(host)) {
      return false; // another machine's run (a shared store): only it knows
    }
    Optional<ProcessHandle> process = ProcessHandle.of(run.pid());
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    // A process that started after the run did is another one with a reused number (the start
    // time is known to the second).
    return process.get().info().startInstant()
        .map(started -> started.toEpochMilli() > run.startedAt() + 1_000)
        .orElse(false);
  }

  private static boolean olderThan(Path file, Duration age) throws IOException {
    return Files.getLastModifiedTime(file).toMillis() < System.currentTimeMillis() - age.toMillis();
  }
}
