package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the history keeps of runs that succeed, are interrupted, are discarded or still run. */
class RunHistoryRecordsTest {
  @TempDir Path dir;

  private static final TaskId SEL = new TaskId("Selection", "dataset=ttbar");
  private static final TaskId PLOT = new TaskId("Plot", "dataset=ttbar");

  private String url() {
    return "jdbc:sqlite:" + dir.resolve("history.db");
  }

  @Test
  void aRunningRunIsKeptAsRunningWithItsRootHostAndStart() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      long id = history.start("Plot(dataset=ttbar)", "node7", 5_000L);

      assertThat(history.run(id).orElseThrow())
          .isEqualTo(new RunRecord(id, "Plot(dataset=ttbar)", "node7", 5_000L, 0L, "running", 0, 0, 0, 0));
      assertThat(history.failures(id)).isEmpty();
    }
  }

  @Test
  void aSuccessfulRunKeepsItsCountsAndNoTaskRows() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      long id = history.start("Plot(dataset=ttbar)", "node7", 5_000L);
      history.finish(id, new RunSummary(PLOT, List.of(
          new TaskResult(SEL, Outcome.COMPLETE, 0, null, null),
          new TaskResult(PLOT, Outcome.RAN, 1.5, null, null, 6_000L)), 2.0), "node7", 8_000L);

      assertThat(history.run(id).orElseThrow())
          .isEqualTo(new RunRecord(id, "Plot(dataset=ttbar)", "node7", 5_000L, 8_000L, "done", 1, 1, 0, 0));
      assertThat(history.failures(id)).isEmpty();
    }
  }

  @Test
  void anInterruptedRunSaysSoAndKeepsTheInterruptedTask() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      long id = history.start("Plot(dataset=ttbar)", "node7", 5_000L);
      history.finish(id, new RunSummary(PLOT, List.of(
          new TaskResult(PLOT, Outcome.INTERRUPTED, 0.25, null, null, 7_000L)), 2.0, "SIGINT"), "node7", 8_000L);

      assertThat(history.run(id).orElseThrow().status()).isEqualTo("interrupted");
      TaskRecord task = history.failures(id).get(0);
      assertThat(task.status()).isEqualTo("INTERRUPTED");
      assertThat(task.startedAt()).isEqualTo(7_000L);
      assertThat(task.endedAt()).isEqualTo(7_250L);
    }
  }

  @Test
  void recentRunsAreNewestFirstUpToTheLimitAndADiscardedRunIsGone() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      long first = history.start("A()", "h", 1L);
      long second = history.start("B()", "h", 2L);
      long third = history.start("C()", "h", 3L);
      history.discard(second);

      assertThat(history.recent(10).stream().map(RunRecord::id).toList()).containsExactly(third, first).inOrder();
      assertThat(history.recent(1).stream().map(RunRecord::root).toList()).containsExactly("C()");
      assertThat(history.run(second)).isEmpty();
    }
  }

  @Test
  void reopeningTheHistoryKeepsItsRunsAndNumbersOn() throws Exception {
    long first;
    try (RunHistory history = RunHistory.open(url())) {
      first = history.start("A()", "h", 1L);
    }
    try (RunHistory history = RunHistory.open(url())) {
      long second = history.start("B()", "h", 2L);

      assertThat(second).isGreaterThan(first);
      assertThat(history.run(first).orElseThrow().root()).isEqualTo("A()");
    }
  }

  @Test
  void theFailuresOfOneRunAreNotThoseOfAnother() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      long failed = history.start("Plot(dataset=ttbar)", "h", 1L);
      history.finish(failed, new RunSummary(PLOT, List.of(
          new TaskResult(PLOT, Outcome.FAILED, 1, new IllegalStateException("no"), null, 1_000L)), 1.0), "h", 3L);
      long other = history.start("Plot(dataset=ttbar)", "h", 4L);

      assertThat(history.failures(failed)).hasSize(1);
      assertThat(history.failures(other)).isEmpty();
      assertThat(history.run(failed).orElseThrow().failed()).isEqualTo(1);
    }
  }

  @Test
  void eachFinishedRunIsCommittedForOtherReadersAndLaterStartsToo() throws Exception {
    try (RunHistory writer = RunHistory.open(url()); RunHistory reader = RunHistory.open(url())) {
      long id = writer.start("Plot(dataset=ttbar)", "h", 1L);
      writer.finish(id, new RunSummary(PLOT, List.of(new TaskResult(PLOT, Outcome.RAN, 0.5, null, null)), 1.0),
          "h", 2L);
      long next = writer.start("Plot(dataset=ttbar)", "h", 3L);

      // Another connection (another docket process) sees the finished run and the next one.
      assertThat(reader.run(id).orElseThrow().status()).isEqualTo("done");
      assertThat(reader.run(next).orElseThrow().status()).isEqualTo("running");
    }
  }

  @Test
  void sqliteKeepsAWriteAheadLogSoThatReadersDoNotBlockARun() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      history.start("Plot(dataset=ttbar)", "h", 1L);

      assertThat(java.nio.file.Files.exists(dir.resolve("history.db-wal"))).isTrue();
    }
  }

  @Test
  void discardingARunForgetsItsTasksAndItsJournalToo() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      long id = history.start("Plot(dataset=ttbar)", "h", 1L);
      history.journalBecame("a.run", id);
      history.finish(id, new RunSummary(PLOT, List.of(
          new TaskResult(PLOT, Outcome.FAILED, 1, new IllegalStateException("no"), null, 1_000L)), 1.0), "h", 3L);
      long other = history.start("Plot(dataset=ttbar)", "h", 4L);
      history.journalBecame("b.run", other);

      history.discard(id);

      assertThat(history.failures(id)).isEmpty();
      assertThat(history.journalRun("a.run")).isEmpty();
      assertThat(history.journalRun("b.run")).hasValue(other);
      assertThat(history.ended(id)).isFalse();
    }
  }

  @Test
  void aTransactionThatFailsLeavesNothingBehindAndTheNextOneWorks() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      java.sql.SQLException failure = new java.sql.SQLException("disk full");
      java.sql.SQLException thrown = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
          () -> history.inTransaction(() -> {
            history.start("A()", "h", 1L);
            throw failure;
          }));
      IllegalStateException bug = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
          () -> history.inTransaction(() -> {
            history.start("B()", "h", 2L);
            throw new IllegalStateException("bug");
          }));

      assertThat((Object) thrown).isSameInstanceAs(failure);
      assertThat(bug).hasMessageThat().isEqualTo("bug");
      assertThat(history.recent(10)).isEmpty();
      history.inTransaction(() -> history.start("C()", "h", 3L));
    }
    try (RunHistory reader = RunHistory.open(url())) { // committed: another connection sees it
      assertThat(reader.recent(10).stream().map(RunRecord::root).toList()).containsExactly("C()");
    }
  }

  @Test
  void aRunIsEndedOnceItsEndIsRecorded() throws Exception {
    try (RunHistory history = RunHistory.open(url())) {
      long id = history.start("Plot(dataset=ttbar)", "h", 1L);
      assertThat(history.ended(id)).isFalse();
      history.finish(id, new RunSummary(PLOT, List.of(), 1.0), "h", 2L);
      assertThat(history.ended(id)).isTrue();
      assertThat(history.ended(id + 1)).isFalse(); // no such run
    }
  }

  @Test
  void aFileThatIsNoDatabaseIsRefusedWhenOpened() throws Exception {
    java.nio.file.Files.writeString(dir.resolve("history.db"), "not a database, ".repeat(100));

    org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> RunHistory.open(url()));
  }

  @Test
  void aClosedHistoryCannotBeUsed() throws Exception {
    RunHistory history = RunHistory.open(url());
    history.close();

    org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class, () -> history.recent(1));
  }
}
