package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.history.HistoryRecorder;
import dev.docket.runtime.internal.history.RunHistory;
import dev.docket.runtime.internal.history.RunRecord;
import dev.docket.runtime.internal.history.TaskRecord;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.PrintStream;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code history}: the recent runs, newest first; {@code history <run>}: one run and its
 * failures with their first error lines.
 */
final class HistoryCommand {
  static final int RECENT = 20;
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneId.systemDefault());

  private final ConfigLoader configLoader;
  private final PrintStream out;

  @Inject
  HistoryCommand(ConfigLoader configLoader, @Named("out") PrintStream out) {
    this.configLoader = configLoader;
    this.out = out;
  }

  int run(OptionalLong runId) {
    DocketConfig config = configLoader.load();
    Optional<String> url = HistoryRecorder.url(config);
    if (url.isEmpty()) {
      throw new BadInputException(
          "the run history is off ([core] history = off in " + config.fileName() + ")");
    }
    if (url.get().startsWith("jdbc:sqlite:")
        && !java.nio.file.Files.exists(HistoryRecorder.defaultDatabase(config.store()))
        && !config.section("core").containsKey("history")
        && !HistoryRecorder.hasPending(url.get())) {
      out.println("No runs recorded yet under " + config.store() + ".");
      return 0;
    }
    try (RunHistory history = HistoryRecorder.openImported(url.get())) {
      if (runId.isPresent()) {
        return show(history, runId.getAsLong());
      }
      List<RunRecord> runs = history.recent(RECENT);
      if (runs.isEmpty()) {
        out.println("No runs recorded yet.");
      }
      out.printf(Locale.ROOT, "%6s  %-19s  %9s  %-11s  %7s  %8s  %6s  %8s  %s%n",
          "run", "started", "took", "status", "ran", "complete", "failed", "upstream", "task @ host");
      for (RunRecord run : runs) {
        out.printf(Locale.ROOT, "%6d  %-19s  %9s  %-11s  %7d  %8d  %6d  %8d  %s @ %s%n",
            run.id(), TIME.format(Instant.ofEpochMilli(run.startedAt())), took(run),
            status(run), run.ran(), run.complete(), run.failed(), run.failedUpstream(),
            run.root(), run.host());
      }
      return 0;
    } catch (SQLException | java.io.IOException e) {
      throw new BadInputException(
          "cannot read the run history at " + url.get() + ": " + e.getMessage());
    }
  }

  private int show(RunHistory history, long id) throws SQLException {
    Optional<RunRecord> found = history.run(id);
    if (found.isEmpty()) {
      throw new BadInputException(
          "no run " + id + " in the history; 'history' lists the recorded runs");
    }
    RunRecord run = found.get();
    out.println("Run " + run.id() + ": " + run.root() + " on " + run.host() + ", started "
        + TIME.format(Instant.ofEpochMilli(run.startedAt())) + ", took " + took(run).strip()
        + ", " + status(run));
    out.println("  " + run.ran() + " ran, " + run.complete() + " already complete, "
        + run.failed() + " failed, " + run.failedUpstream() + " failed upstream");
    List<TaskRecord> failures = history.failures(id);
    if (failures.isEmpty()) {
      out.println("No failures.");
    }
    for (TaskRecord task : failures) {
      out.println("  " + task.status() + " " + task.task() + ": " + task.error());
    }
    return 0;
  }

  /** A run still marked running whose process is gone was interrupted (killed, power cut). */
  private static String status(RunRecord run) {
    return run.endedAt() == 0 && !run.status().equals("running") ? run.status()
        : run.endedAt() == 0 ? "running?" : run.status();
  }

  private static String took(RunRecord run) {
    return run.endedAt() == 0 ? "-" : String.format(Locale.ROOT, "%.1f s", (run.endedAt() - run.startedAt()) / 1e3);
  }
}
