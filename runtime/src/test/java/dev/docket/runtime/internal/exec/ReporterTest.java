package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What the reporter prints, read through buffered streams that are not flushed by themselves:
 * each line must be flushed when it is printed, as a run's output is read while it runs.
 */
class ReporterTest {
  private static final String CLEAR_LINE = "\r\033[K";
  private static final TaskId SEL = new TaskId("Selection", "dataset=ttbar");
  private static final TaskId REPORT = new TaskId("Report", "datasets=ttbar");

  private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
  private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
  private final Reporter reporter =
      new Reporter(buffered(outBytes), buffered(errBytes));

  private static PrintStream buffered(ByteArrayOutputStream bytes) {
    return new PrintStream(new BufferedOutputStream(bytes, 1 << 16), false, StandardCharsets.UTF_8);
  }

  /** What reached the stream: only what the reporter flushed. */
  private String out() {
    return outBytes.toString(StandardCharsets.UTF_8);
  }

  private String err() {
    return errBytes.toString(StandardCharsets.UTF_8);
  }

  private static TaskResult result(TaskId id, Outcome outcome, double seconds, Throwable error) {
    return new TaskResult(id, outcome, seconds, error, outcome == Outcome.FAILED_UPSTREAM ? SEL : null);
  }

  @Test
  void eachTaskLineIsFlushedAsItIsPrinted() {
    reporter.started(SEL);
    assertThat(out()).isEqualTo("start Selection(dataset=ttbar)\n");
    reporter.log(SEL, "read 3 files");
    assertThat(out()).endsWith("  [Selection(dataset=ttbar)] read 3 files\n");
    reporter.finished(1, 3, result(SEL, Outcome.RAN, 1.5, null));
    assertThat(out()).endsWith("[1/3] done Selection(dataset=ttbar) in 1.50 s\n");
    reporter.finished(2, 3, result(REPORT, Outcome.FAILED_UPSTREAM, 0, null));
    assertThat(out())
        .endsWith("[2/3] FAILED_UPSTREAM Report(datasets=ttbar): needs Selection(dataset=ttbar), which failed\n");
    reporter.finished(3, 3, result(REPORT, Outcome.INTERRUPTED, 0, null));
    assertThat(out())
        .endsWith("[3/3] INTERRUPTED Report(datasets=ttbar): stopped when the run was interrupted\n");
  }

  @Test
  void secondsHaveTwoDecimals() {
    assertThat(Reporter.seconds(0)).isEqualTo("0.00 s");
    assertThat(Reporter.seconds(0.049)).isEqualTo("0.05 s");
    assertThat(Reporter.seconds(0.1)).isEqualTo("0.10 s");
    assertThat(Reporter.seconds(12.3456)).isEqualTo("12.35 s");
    assertThat(Reporter.seconds(59.999)).isEqualTo("60.00 s");
    assertThat(Reporter.seconds(Double.NaN)).isEqualTo("NaN s");
  }

  @Test
  void aFailureIsFlushedBeforeItsStackTrace() {
    reporter.finished(1, 1, result(SEL, Outcome.FAILED, 0.1, new IOException("disk full")));
    assertThat(out()).isEqualTo("[1/1] FAILED Selection(dataset=ttbar): IOException: disk full\n");
    assertThat(err()).startsWith("docket: Selection(dataset=ttbar) failed:\njava.io.IOException: disk full\n");
  }

  @Test
  void aRuntimeFailureHasNoStackTrace() {
    reporter.finished(
        1, 1, result(SEL, Outcome.FAILED, 0.1, new MissingOutputException("/store/sel.json")));
    assertThat(out()).startsWith("[1/1] FAILED Selection(dataset=ttbar): ");
    assertThat(err()).isEmpty();
  }

  @Test
  void periodicProgressPrintsCountsTimeAndRate_andOnlyFailuresOfTasks() {
    reporter.begin(ProgressStyle.PERIODIC, 20, System.nanoTime() - TimeUnit.SECONDS.toNanos(10));
    reporter.started(SEL);
    reporter.finished(1, 20, result(SEL, Outcome.RAN, 1, null));
    reporter.finished(2, 20, result(REPORT, Outcome.FAILED_UPSTREAM, 0, null));
    assertThat(out()).isEmpty();
    reporter.progress(5, 1, 13, 1);
    assertThat(out()).matches("progress: 5/20 done, 1 running, 13 pending, 1 failed; 1[01] s, 0\\.[45] tasks/s\n");
  }

  @Test
  void theLiveLineIsRedrawnInPlaceAndClearedForLogsNotesAndTheEnd() {
    reporter.begin(ProgressStyle.LIVE, 2, System.nanoTime());
    reporter.started(SEL);
    assertThat(out()).isEmpty(); // no start lines on a terminal
    reporter.progress(0, 1, 1, 0);
    assertThat(out()).startsWith(CLEAR_LINE + "0/2 done, 1 running, 1 pending, 0 failed; ");
    assertThat(out()).doesNotContain("\n");

    reporter.log(SEL, "halfway");
    assertThat(out()).endsWith(CLEAR_LINE + "  [Selection(dataset=ttbar)] halfway\n");
    reporter.log(SEL, "again");
    assertThat(out()).endsWith("halfway\n  [Selection(dataset=ttbar)] again\n"); // cleared once

    reporter.progress(1, 1, 0, 0);
    reporter.note("stopping");
    assertThat(out()).endsWith(CLEAR_LINE);
    assertThat(err()).isEqualTo("docket: stopping\n");

    reporter.progress(1, 1, 0, 0);
    reporter.end();
    assertThat(out()).endsWith("tasks/s" + CLEAR_LINE);
  }

  @Test
  void theSummaryCountsTimeAndRate() {
    RunSummary summary =
        new RunSummary(
            REPORT,
            List.of(
                result(SEL, Outcome.FAILED, 1, new IOException("disk full")),
                result(REPORT, Outcome.FAILED_UPSTREAM, 0, null)),
            4.0,
            null);
    reporter.summary(summary);
    assertThat(out().lines().toList())
        .containsExactly(
            "Summary: 0 ran, 0 already complete, 1 failed, 1 failed upstream",
            "  in 4.00 s, 0.3 tasks/s", // a failed task ran too
            "  FAILED Selection(dataset=ttbar): IOException: disk full",
            "  FAILED_UPSTREAM Report(datasets=ttbar): needs Selection(dataset=ttbar), which failed",
            "Not done: Report(datasets=ttbar) is not complete.")
        .inOrder();
  }

  @Test
  void aRateOfAHundredOrMoreHasNoDecimals() {
    List<TaskResult> many =
        java.util.stream.IntStream.range(0, 250)
            .mapToObj(i -> result(new TaskId("Chain", "n=" + i), Outcome.RAN, 0, null))
            .toList();
    reporter.summary(new RunSummary(new TaskId("Chain", "n=249"), many, 2.0, null));
    assertThat(out()).contains("  in 2.00 s, 125 tasks/s\n");
    assertThat(out()).endsWith("Done: Chain(n=249) is complete.\n");
  }

  @Test
  void aRunWithNothingRunHasNoTimeLine() {
    reporter.summary(
        new RunSummary(SEL, List.of(result(SEL, Outcome.COMPLETE, 0, null)), 3.0, null));
    assertThat(out()).isEqualTo("Summary: 0 ran, 1 already complete, 0 failed, 0 failed upstream\n"
        + "Done: Selection(dataset=ttbar) is complete.\n");
  }

  private static List<TaskResult> ran(int count) {
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> result(new TaskId("Chain", "n=" + i), Outcome.RAN, 0, null))
        .toList();
  }

  @Test
  void exactlyAHundredTasksASecondHasNoDecimals() {
    reporter.summary(new RunSummary(new TaskId("Chain", "n=0"), ran(200), 2.0, null));
    assertThat(out()).contains("  in 2.00 s, 100 tasks/s\n");
  }

  @Test
  void interruptedTasksCountAsRunInTheRate() {
    List<TaskResult> results = new java.util.ArrayList<>(ran(1));
    results.add(result(SEL, Outcome.INTERRUPTED, 0, null));
    reporter.summary(new RunSummary(SEL, results, 1.0, "SIGINT"));
    assertThat(out()).contains("  in 1.00 s, 2.0 tasks/s\n");
  }

  @Test
  void aRunOfNoMeasurableTimeHasNoTimeLine() {
    reporter.summary(new RunSummary(new TaskId("Chain", "n=0"), ran(1), 0.0, null));
    assertThat(out()).isEqualTo("Summary: 1 ran, 0 already complete, 0 failed, 0 failed upstream\n"
        + "Done: Chain(n=0) is complete.\n");
  }

  @Test
  void aWorkersEndsAndNextStartGoOutInOneWrite_numberedAsPrinted() {
    int[] writes = {0};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    java.io.OutputStream counted =
        new java.io.FilterOutputStream(bytes) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            writes[0]++;
            bytes.write(b, off, len);
          }
        };
    Reporter batched = new Reporter(new PrintStream(counted, true, StandardCharsets.UTF_8), buffered(errBytes));
    batched.begin(ProgressStyle.TASKS, 3, System.nanoTime());
    batched.finishedThenStarted(
        List.of(result(SEL, Outcome.RAN, 1.5, null), result(REPORT, Outcome.FAILED_UPSTREAM, 0, null)),
        SEL);
    assertThat(writes[0]).isEqualTo(1);
    batched.finishedThenStarted(List.of(result(REPORT, Outcome.INTERRUPTED, 0, null)), null);
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList())
        .containsExactly(
            "[1/3] done Selection(dataset=ttbar) in 1.50 s",
            "[2/3] FAILED_UPSTREAM Report(datasets=ttbar): needs Selection(dataset=ttbar), which failed",
            "start Selection(dataset=ttbar)",
            "[3/3] INTERRUPTED Report(datasets=ttbar): stopped when the run was interrupted")
        .inOrder();
    assertThat(writes[0]).isEqualTo(2);
  }

  @Test
  void aBatchedFailureIsPrintedAsAlone_withItsStackTrace_andAPeriodicLogGetsNoTaskLines() {
    reporter.begin(ProgressStyle.PERIODIC, 2, System.nanoTime());
    reporter.finishedThenStarted(
        List.of(result(SEL, Outcome.RAN, 1, null), result(REPORT, Outcome.FAILED, 0.1, new IOException("disk full"))),
        SEL);
    assertThat(out()).isEqualTo("[2/2] FAILED Report(datasets=ttbar): IOException: disk full\n");
    assertThat(err()).startsWith("docket: Report(datasets=ttbar) failed:\njava.io.IOException: disk full\n");
  }

  @Test
  void linesBeforeABatchedFailureArePrintedBeforeIt_andOnlyOnce() {
    reporter.begin(ProgressStyle.TASKS, 3, System.nanoTime());
    reporter.finishedThenStarted(
        List.of(result(SEL, Outcome.RAN, 1, null),
            result(REPORT, Outcome.FAILED, 0.1, new IOException("disk full")),
            result(new TaskId("Chain", "n=0"), Outcome.RAN, 2, null)),
        null);
    assertThat(out().lines().toList())
        .containsExactly(
            "[1/3] done Selection(dataset=ttbar) in 1.00 s",
            "[2/3] FAILED Report(datasets=ttbar): IOException: disk full",
            "[3/3] done Chain(n=0) in 2.00 s")
        .inOrder();
  }

  @Test
  void aNegativeDurationIsPrintedAsItIs() {
    // Not from a clock that only goes forward; the fast path's arithmetic is for non-negative times.
    assertThat(Reporter.seconds(-0.5)).isEqualTo("-0.50 s");
  }

  @Test
  void onOneTerminalAFailuresLineComesBeforeItsStackTrace() {
    // Standard output and error buffered apart, as the JVM's are, but read as one terminal.
    ByteArrayOutputStream terminal = new ByteArrayOutputStream();
    Reporter shared = new Reporter(buffered(terminal), buffered(terminal));
    shared.finished(1, 1, result(SEL, Outcome.FAILED, 0.1, new IOException("disk full")));
    assertThat(terminal.toString(StandardCharsets.UTF_8))
        .startsWith("[1/1] FAILED Selection(dataset=ttbar): IOException: disk full\n"
            + "docket: Selection(dataset=ttbar) failed:\njava.io.IOException: disk full\n");
  }

  @Test
  void aPeriodicLogStillShowsAFailureAtOnce() {
    reporter.begin(ProgressStyle.PERIODIC, 2, System.nanoTime());
    reporter.finished(
        1, 2, result(SEL, Outcome.FAILED, 0.1, new MissingOutputException("/store/sel.json")));
    assertThat(out()).startsWith("[1/2] FAILED Selection(dataset=ttbar): ");
    assertThat(err()).isEmpty();
  }

  @Test
  void aTimeIsRoundedFromItsBinaryValue() {
    // 1.005 is stored as 1.00499999999999989...: down, where String.format would round the
    // shortest decimal text "1.005" up.
    assertThat(Reporter.seconds(1.005)).isEqualTo("1.00 s");
    assertThat(Reporter.seconds(0.575)).isEqualTo("0.57 s");
  }
}
