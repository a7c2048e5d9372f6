package dev.docket.runtime.internal.history;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;

/**
 * One run's journal: a small append-only file of its own in the database's pending directory
 * ({@code history.db-pending/} beside {@code history.db}), written with plain file writes so
 * that a run never loads sqlite-jdbc. Its start line is written when the run starts, its end
 * (the tasks that did not stay complete, then the end line) in one write when it ends. The
 * {@code history} command, and a run that lasts a few seconds on a background thread, import
 * the pending journals into the database ({@link PendingImport}). A file of its own per run
 * keeps concurrent runs apart without locks, on any file system.
 */
final class RunJournal {
  private final Path file;
  private final String host;

  private RunJournal(Path file, String host) {
    this.file = file;
    this.host = host;
  }

  /** Where the journals of the SQLite database {@code database} wait to be imported. */
  static Path pendingDirectory(Path database) {
    return database.resolveSibling(database.getFileName() + "-pending");
  }

  /** Starts the journal of a run of {@code root} in {@code directory}, with its start line. */
  static RunJournal start(Path directory, String root, String host, long startedAt)
      throws IOException {
    long pid = ProcessHandle.current().pid();
    Files.createDirectories(directory);
    // The start time and the process make the name unique on one machine; the nano clock
    // separates two runs of one JVM in one millisecond and two machines sharing the store.
    Path file = directory.resolve(
        startedAt + "-" + pid + "-" + Long.toHexString(System.nanoTime()) + ".run");
    Files.write(file, JournalLines.start(root, host, pid, startedAt).getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    return new RunJournal(file, host);
  }

  /** Appends the run's end: {@code tasks} and then the end line, in one write. */
  void finish(PendingRun.End end, List<TaskRecord> tasks) throws IOException {
    StringBuilder text = new StringBuilder();
    for (TaskRecord task : tasks) {
      text.append(JournalLines.task(task));
    }
    text.append(JournalLines.end(end));
    append(text.toString());
  }

  /** Marks the run as refused before anything ran: the import forgets it. */
  void discard() throws IOException {
    append(JournalLines.discard());
  }

  String host() {
    return host;
  }

  private void append(String text) throws IOException {
    Files.write(file, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
  }

  /** The run in {@code file}, if its start line is whole. */
  static Optional<PendingRun> read(Path file) throws IOException {
    return JournalLines.parse(file.getFileName().toString(), Files.readAllBytes(file));
  }
}
