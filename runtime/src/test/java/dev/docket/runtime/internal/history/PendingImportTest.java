package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing the runs' journals: once each, in start order, safe to repeat and to race. */
class PendingImportTest {
  @TempDir Path dir;

  private static final String HOST = "node7";
  private static final long ALIVE = ProcessHandle.current().pid();
  private static final TaskRecord FAILED =
      new TaskRecord("Fit(m=1)", "FAILED", 6_000, 7_000, "IOException: disk full", HOST);
  private static final PendingRun.End END = new PendingRun.End(8_000, "failed", 1, 2, 1, 0);

  private Path pending() {
    return RunJournal.pendingDirectory(dir.resolve("history.db"));
  }

  private Path journal(String name, String text) throws Exception {
    Files.createDirectories(pending());
    return Files.writeString(pending().resolve(name), text, StandardCharsets.UTF_8);
  }

  private static String start(String root, long pid, long startedAt) {
    return JournalLines.start(root, HOST, pid, startedAt);
  }

  private List<RunRecord> importAndList() throws Exception {
    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + dir.resolve("history.db"))) {
      new PendingImport(history, HOST).importFrom(pending());
      return history.recent(100);
    }
  }

  @Test
  void anEndedRunBecomesOneRowWithItsFailuresAndItsJournalIsRemoved() throws Exception {
    Path file = journal("a.run", start("Plot()", ALIVE, 5_000) + JournalLines.task(FAILED)
        + JournalLines.end(END));

    List<RunRecord> runs = importAndList();

    assertThat(runs).containsExactly(
        new RunRecord(1, "Plot()", HOST, 5_000, 8_000, "failed", 1, 2, 1, 0));
    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + dir.resolve("history.db"))) {
      assertThat(history.failures(1)).containsExactly(FAILED);
    }
    assertThat(Files.exists(file)).isFalse();
    assertThat(importAndList()).hasSize(1);
  }

  @Test
  void aRunningRunIsImportedAsRunningKeptAndCompletedByALaterImport() throws Exception {
    long now = System.currentTimeMillis();
    Path file = journal("a.run", start("Plot()", ALIVE, now));

    assertThat(importAndList().get(0).status()).isEqualTo("running");
    assertThat(Files.exists(file)).isTrue();

    Files.writeString(file, JournalLines.task(FAILED) + JournalLines.end(END),
        java.nio.file.StandardOpenOption.APPEND);
    List<RunRecord> runs = importAndList();
    assertThat(runs).containsExactly(
        new RunRecord(1, "Plot()", HOST, now, 8_000, "failed", 1, 2, 1, 0));
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void aLiveProcessThatStartedAfterTheRunIsAnotherOneWithTheSameNumber() throws Exception {
    Path file = journal("a.run", start("Plot()", ALIVE, 5_000)); // this JVM started later

    assertThat(importAndList().get(0).endedAt()).isEqualTo(0);
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void aRunWhoseProcessDiedHereStaysRunningAndItsJournalGoes() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path file = journal("a.run", start("Plot()", gone.pid(), System.currentTimeMillis()));

    assertThat(importAndList().get(0).endedAt()).isEqualTo(0);
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void anotherMachinesRunningRunIsLeftToIt() throws Exception {
    Path file = journal("a.run", JournalLines.start("Plot()", "node8", 1, 5_000));

    assertThat(importAndList()).hasSize(1);
    assertThat(Files.exists(file)).isTrue();
  }

  @Test
  void aDiscardedRunIsForgottenEvenAfterItWasImportedAsRunning() throws Exception {
    Path file = journal("a.run", start("Plot()", ALIVE, System.currentTimeMillis()));
    assertThat(importAndList()).hasSize(1);

    Files.writeString(file, JournalLines.discard(), java.nio.file.StandardOpenOption.APPEND);
    assertThat(importAndList()).isEmpty();
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void runsAreNumberedInTheOrderTheyStartedAndTornJournalsWaitUntilOld() throws Exception {
    journal("z.run", start("First()", ALIVE, 1_000) + JournalLines.end(END));
    journal("a.run", start("Second()", ALIVE, 2_000) + JournalLines.end(END));
    Path young = journal("t.run", "start\t1\tTorn(");
    Path old = journal("u.run", "sta");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7_200)));

    List<RunRecord> runs = importAndList();

    assertThat(runs.stream().map(RunRecord::root).toList())
        .containsExactly("Second()", "First()").inOrder();
    assertThat(runs.get(0).id()).isGreaterThan(runs.get(1).id());
    assertThat(Files.exists(young)).isTrue();
    assertThat(Files.exists(old)).isFalse();
  }

  @Test
  void withoutPendingDirectoryOrJournalsTheDatabaseIsLeftAsItIs() throws Exception {
    assertThat(importAndList()).isEmpty(); // no directory at all
    Files.createDirectories(pending());
    Files.writeString(pending().resolve("notes.txt"), "not a journal");
    assertThat(importAndList()).isEmpty();
    assertThat(Files.exists(pending().resolve("notes.txt"))).isTrue();
  }

  @Test
  void anOldTornJournalAloneIsRemovedToo() throws Exception {
    Path old = journal("u.run", "start\t1\tTorn(");
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minusSeconds(7_200)));

    assertThat(importAndList()).isEmpty();
    assertThat(Files.exists(old)).isFalse();
  }

  @Test
  void aLiveProcessIsTheRunsUnlessItStartedMoreThanASecondAfterIt() throws Exception {
    // The start instant is known to the second at worst: a second of slack either way.
    long jvm = ProcessHandle.current().info().startInstant().orElseThrow().toEpochMilli();
    Path within = journal("a.run", start("Within()", ALIVE, jvm - 1_000));
    Path before = journal("b.run", start("Before()", ALIVE, jvm - 1_001));
    Path after = journal("c.run", start("After()", ALIVE, jvm + 500));

    assertThat(importAndList()).hasSize(3);
    assertThat(Files.exists(within)).isTrue();
    assertThat(Files.exists(before)).isFalse();
    assertThat(Files.exists(after)).isTrue();
  }

  @Test
  void anEndedRunImportedAgainIsNotFinishedTwice() throws Exception {
    String text = start("Plot()", ALIVE, 5_000) + JournalLines.task(FAILED) + JournalLines.end(END);
    journal("a.run", text);
    importAndList();
    journal("a.run", text); // e.g. restored from a backup, or a slow second importer

    assertThat(importAndList()).hasSize(1);
    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + dir.resolve("history.db"))) {
      assertThat(history.failures(1)).containsExactly(FAILED);
    }
    assertThat(Files.exists(pending().resolve("a.run"))).isFalse();
  }

  @Test
  void aRunDiscardedBeforeItWasImportedNeverShows() throws Exception {
    Path file = journal("a.run", start("Plot()", ALIVE, 5_000) + JournalLines.discard());

    assertThat(importAndList()).isEmpty();
    assertThat(Files.exists(file)).isFalse();
  }

  @Test
  void importsAtTheSameTimeRecordEachRunOnce() throws Exception {
    for (int i = 0; i < 50; i++) {
      journal(i + ".run", start("Run" + i + "()", ALIVE, 1_000 + i)
          + JournalLines.task(FAILED) + JournalLines.end(END));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<RunRecord>>> imports = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        imports.add(pool.submit((Callable<List<RunRecord>>) this::importAndList));
      }
      for (Future<List<RunRecord>> done : imports) {
        done.get();
      }
    } finally {
      pool.shutdown();
    }
    List<RunRecord> runs = importAndList();
    assertThat(runs).hasSize(50);
    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + dir.resolve("history.db"))) {
      for (RunRecord run : runs) {
        assertThat(history.failures(run.id())).hasSize(1);
      }
    }
    try (var left = Files.list(pending())) {
      assertThat(left.toList()).isEmpty();
    }
  }
}
