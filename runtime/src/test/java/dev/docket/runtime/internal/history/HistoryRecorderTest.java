package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Recording a run off the critical path: where, whether, and what a failure to record does. */
class HistoryRecorderTest {
  @TempDir Path dir;

  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private final PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);

  private static final TaskId PLOT = new TaskId("Plot", "dataset=ttbar");

  @Test
  void theHistoryIsInTheStoreUnlessCoreHistorySaysOtherwiseOrOff() {
    assertThat(HistoryRecorder.url(config(Map.of())))
        .hasValue("jdbc:sqlite:" + dir.resolve(".docket/history.db"));
    assertThat(HistoryRecorder.url(config(Map.of("history", "  jdbc:sqlite:/x/h.db ")))).hasValue("jdbc:sqlite:/x/h.db");
    assertThat(HistoryRecorder.url(config(Map.of("history", "off")))).isEmpty();
    assertThat(HistoryRecorder.url(config(Map.of("history", "  "))))
        .hasValue("jdbc:sqlite:" + dir.resolve(".docket/history.db"));
  }

  @Test
  void aRecordedRunEndsUpInTheHistoryWithItsStatusInAFreshDirectory() throws Exception {
    Path db = dir.resolve("not/yet/history.db");
    HistoryRecorder recorder = HistoryRecorder.start(Optional.of("jdbc:sqlite:" + db), "Plot(dataset=ttbar)", errStream);
    recorder.finish(new RunSummary(PLOT, List.of(new TaskResult(PLOT, Outcome.RAN, 0.1, null, null)), 0.2));

    assertThat(Files.exists(db)).isFalse(); // a run writes its journal, not the database
    try (RunHistory history = HistoryRecorder.openImported("jdbc:sqlite:" + db)) {
      RunRecord run = history.recent(1).get(0);
      assertThat(run.root()).isEqualTo("Plot(dataset=ttbar)");
      assertThat(run.status()).isEqualTo("done");
      assertThat(run.ran()).isEqualTo(1);
      assertThat(run.host()).isEqualTo(HistoryRecorder.host());
      assertThat(run.endedAt()).isAtLeast(run.startedAt());
    }
    try (var pending = Files.list(dir.resolve("not/yet/history.db-pending"))) {
      assertThat(pending.toList()).isEmpty(); // imported, then removed
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aDiscardedRunIsNotKept() throws Exception {
    Path db = dir.resolve("history.db");
    HistoryRecorder.start(Optional.of("jdbc:sqlite:" + db), "Plot(dataset=ttbar)", errStream).discard();

    try (RunHistory history = HistoryRecorder.openImported("jdbc:sqlite:" + db)) {
      assertThat(history.recent(10)).isEmpty();
    }
  }

  @Test
  void withoutAHistoryNothingIsWrittenAndNothingSaid() {
    HistoryRecorder recorder = HistoryRecorder.start(Optional.empty(), "Plot(dataset=ttbar)", errStream);
    recorder.finish(new RunSummary(PLOT, List.of(), 0.0));
    recorder.discard();

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aHistoryThatCannotBeWrittenIsOneWarningAndTheRunGoesOn() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");
    HistoryRecorder recorder =
        HistoryRecorder.start(Optional.of("jdbc:sqlite:" + file.resolve("history.db")), "Plot()", errStream);
    recorder.finish(new RunSummary(PLOT, List.of(), 0.0));

    String warning = err.toString(StandardCharsets.UTF_8);
    assertThat(warning).startsWith("docket: warning: the run history was not recorded (");
    assertThat(warning).endsWith("); set [core] history in docket.cfg to a writable JDBC URL, or to off\n");
  }

  @Test
  void aHistoryElsewhereThanAFileIsWrittenDirectly() throws Exception {
    Path db = dir.resolve("direct.db");
    String url = "jdbc:sqlite:file:" + db; // a URI: not a plain file, so no journal
    assertThat(HistoryRecorder.sqliteFile(url)).isEmpty();
    HistoryRecorder.start(Optional.of(url), "Plot()", errStream).finish(
        new RunSummary(PLOT, List.of(new TaskResult(PLOT, Outcome.RAN, 0.1, null, null)), 0.2));

    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + db)) {
      assertThat(history.recent(1).get(0).status()).isEqualTo("done");
    }
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void aFileUriHistoryGetsItsDirectoryAndLeavesNoDirectoryNamedFileHere() throws Exception {
    for (String form : new String[] {"file:", "file://"}) {
      Path db = dir.resolve(form.length() + "/new/direct.db");
      HistoryRecorder.start(Optional.of("jdbc:sqlite:" + form + db), "Plot()", errStream)
          .finish(new RunSummary(PLOT, List.of(), 0.0));

      assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
      try (RunHistory history = RunHistory.open("jdbc:sqlite:" + db)) {
        assertThat(history.recent(1).get(0).root()).isEqualTo("Plot()");
      }
      assertThat(Files.exists(Path.of("file:" + db.getParent()))).isFalse();
    }
  }

  @Test
  void runsWaitInJournalsUntilImported() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("history.db");
    assertThat(HistoryRecorder.hasPending(url)).isFalse(); // no directory yet
    HistoryRecorder.start(Optional.of(url), "Plot()", errStream).finish(new RunSummary(PLOT, List.of(), 0.0));

    assertThat(HistoryRecorder.hasPending(url)).isTrue();
    assertThat(HistoryRecorder.hasPending("jdbc:sqlite:file:" + dir.resolve("history.db"))).isFalse();
    HistoryRecorder.openImported(url).close();
    assertThat(HistoryRecorder.hasPending(url)).isFalse();
  }

  @Test
  void aJournalledFailureKeepsTheHostItFailedOn() throws Exception {
    String url = "jdbc:sqlite:" + dir.resolve("history.db");
    HistoryRecorder.start(Optional.of(url), "Plot()", errStream).finish(new RunSummary(PLOT,
        List.of(new TaskResult(PLOT, Outcome.FAILED, 1, new IllegalStateException("no"), null, 1_000L)), 1.0));

    try (RunHistory history = HistoryRecorder.openImported(url)) {
      RunRecord run = history.recent(1).get(0);
      assertThat(history.failures(run.id()).get(0).host()).isEqualTo(HistoryRecorder.host());
    }
  }

  @Test
  void aDiscardedRunWrittenDirectlyIsNotKept() throws Exception {
    Path db = dir.resolve("direct.db");
    HistoryRecorder.start(Optional.of("jdbc:sqlite:file:" + db), "Plot()", errStream).discard();

    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + db)) {
      assertThat(history.recent(10)).isEmpty();
    }
  }

  @Test
  void aRunThatGoesOnImportsThePendingJournalsInTheBackground() throws Exception {
    Path db = dir.resolve("history.db");
    HistoryRecorder recorder = HistoryRecorder.start(Optional.of("jdbc:sqlite:" + db), "Plot()", errStream);
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    List<RunRecord> runs = List.of();
    while (runs.isEmpty() && System.nanoTime() < deadline) { // it starts after IMPORT_AFTER_MILLIS
      Thread.sleep(50);
      if (Files.exists(db)) {
        try (RunHistory history = RunHistory.open("jdbc:sqlite:" + db)) {
          runs = history.recent(1);
        }
      }
    }

    assertThat(runs).hasSize(1);
    assertThat(runs.get(0).status()).isEqualTo("running");
    assertThat(HistoryRecorder.hasPending("jdbc:sqlite:" + db)).isTrue(); // kept while it runs
    recorder.finish(new RunSummary(PLOT, List.of(), 0.0));
  }

  @Test
  void onlyAPlainSqliteFileIsJournalled() {
    assertThat(HistoryRecorder.sqliteFile("jdbc:sqlite:/x/h.db?journal_mode=WAL")).hasValue(Path.of("/x/h.db"));
    assertThat(HistoryRecorder.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
    assertThat(HistoryRecorder.sqliteFile("jdbc:sqlite:")).isEmpty();
    assertThat(HistoryRecorder.sqliteFile("jdbc:postgresql://db/h")).isEmpty();
  }

  @Test
  void theHostIsNamedAndAskedOnce() {
    String host = HistoryRecorder.host();
    assertThat(host).isNotEmpty();
    assertThat(HistoryRecorder.host()).isSameInstanceAs(host);
  }

  @Test
  void theHostIsTheVariableElseEtcHostnameElseTheResolvers() throws Exception {
    Path etc = Files.writeString(dir.resolve("hostname"), " node8\n");
    Path blank = Files.writeString(dir.resolve("blank"), "\n");
    String resolver = java.net.InetAddress.getLocalHost().getHostName();

    assertThat(HistoryRecorder.host("node7", etc)).isEqualTo("node7");
    assertThat(HistoryRecorder.host(null, etc)).isEqualTo("node8");
    assertThat(HistoryRecorder.host(" ", etc)).isEqualTo("node8");
    assertThat(HistoryRecorder.host(null, dir.resolve("none"))).isEqualTo(resolver);
    assertThat(HistoryRecorder.host("", blank)).isEqualTo(resolver);
    assertThat(HistoryRecorder.host(null, dir)).isEqualTo("unknown"); // a directory: unreadable as text
  }

  private DocketConfig config(Map<String, String> core) {
    return new DocketConfig(Optional.empty(), dir, OptionalInt.empty(), Map.of("core", core));
  }
}
