package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The journal's lines: any text survives, and a torn or damaged line is skipped. */
class JournalLinesTest {
  private static final String START = JournalLines.start("Plot(x=a\tb\\n)", "node7", 42, 5_000);
  private static final TaskRecord FAILED =
      new TaskRecord("Fit(m=1)", "FAILED", 6_000, 7_000, "IOException: a\nb\r\tc\\", "node7");
  private static final PendingRun.End END = new PendingRun.End(8_000, "failed", 1, 2, 1, 0);

  private static Optional<PendingRun> parse(String text) {
    return JournalLines.parse("f.run", text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void everyFieldComesBackAsWrittenTabsLineBreaksAndBackslashesIncluded() {
    PendingRun run =
        parse(START + JournalLines.task(FAILED) + JournalLines.end(END)).orElseThrow();

    assertThat(run).isEqualTo(new PendingRun(
        "f.run", "Plot(x=a\tb\\n)", "node7", 42, 5_000, Optional.of(END), List.of(FAILED), false));
    assertThat(JournalLines.task(FAILED).chars().filter(c -> c == '\n').count()).isEqualTo(1);
  }

  @Test
  void aRunWithOnlyItsStartIsStillGoing() {
    PendingRun run = parse(START).orElseThrow();
    assertThat(run.end()).isEmpty();
    assertThat(run.tasks()).isEmpty();
    assertThat(run.discarded()).isFalse();
  }

  @Test
  void aTornEndCountsAsNoEndAndItsTasksAsNotWritten() {
    String whole = START + JournalLines.task(FAILED) + JournalLines.end(END);
    for (int cut = START.length(); cut < whole.length(); cut++) {
      PendingRun run = parse(whole.substring(0, cut)).orElseThrow();
      assertThat(run.end()).isEmpty();
      assertThat(run.tasks()).isEmpty();
    }
  }

  @Test
  void aTornOrForeignStartIsNoRunYet() {
    assertThat(parse("")).isEmpty();
    assertThat(parse(START.substring(0, START.length() - 1))).isEmpty();
    assertThat(parse("start\t2\tPlot()\tnode7\t42\t5000\n")).isEmpty(); // a later format
    assertThat(parse("start\t1\tPlot()\tnode7\tpid\t5000\n")).isEmpty();
  }

  @Test
  void damagedLinesAreSkippedAndTheFirstEndCounts() {
    PendingRun run = parse(START + "task\tbroken\n" + "end\tx\tdone\t0\t0\t0\t0\n"
        + JournalLines.end(END) + JournalLines.end(new PendingRun.End(9_000, "done", 0, 0, 0, 0))
        + "garbage\n").orElseThrow();
    assertThat(run.end()).hasValue(END);
    assertThat(run.tasks()).isEmpty();
  }

  @Test
  void aBackslashAtTheEndOfALineIsKeptAsItIs() {
    PendingRun run = parse(START + "task\tFit()\tFAILED\t1\t2\terr\tnode7\\\n"
        + JournalLines.end(END)).orElseThrow();
    assertThat(run.tasks()).containsExactly(new TaskRecord("Fit()", "FAILED", 1, 2, "err", "node7\\"));
  }

  @Test
  void aDiscardLineMarksTheRunDiscarded() {
    assertThat(parse(START + JournalLines.discard()).orElseThrow().discarded()).isTrue();
  }
}
