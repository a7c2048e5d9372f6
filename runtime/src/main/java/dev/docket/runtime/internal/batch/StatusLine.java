package dev.docket.runtime.internal.batch;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The status line of a submission, with the change since the line printed before:
 * {@code all: 26, pending: 0 (+0), running: 10 (-16), finished: 16 (+16), retry: 0 (+0), failed: 0 (+0)}.
 * Pending counts the jobs staged (not yet submitted) and those queued; {@code held: N} follows
 * while a job is held or was at the line before. A line is due when a
 * count changed, and otherwise once every {@link #QUIET} as a sign of life: a workflow of
 * jobs that run for hours, polled every ten seconds, should not print the same line hundreds
 * of times. The counts are {@link JobCounts}, as in the end-of-run summary.
 */
final class StatusLine {
  static final Duration QUIET = Duration.ofSeconds(30);
  private static final String[] NAMES = {"pending", "running", "finished", "retry", "failed", "held"};
  private static final int HELD = 5;

  private final LongSupplier nanoTime;
  private int[] previous;
  private long printedAt;

  StatusLine() {
    this(System::nanoTime);
  }

  /** @param nanoTime the clock, as {@link System#nanoTime()} (tests pass their own) */
  StatusLine(LongSupplier nanoTime) {
    this.nanoTime = nanoTime;
  }

  /** The line to print after a poll, if one is due. */
  Optional<String> next(List<Job> jobs) {
    JobCounts counts = JobCounts.of(jobs);
    int[] now = {counts.pending(), counts.running(), counts.finished(), counts.retry(),
        counts.failed(), counts.held()};
    long time = nanoTime.getAsLong();
    // Each job is counted in one phase: equal counts are an equal number of jobs.
    boolean changed = previous == null || !Arrays.equals(now, previous);
    if (!changed && time - printedAt < QUIET.toNanos()) {
      return Optional.empty();
    }
    int[] before = previous == null ? new int[NAMES.length] : previous;
    previous = now;
    printedAt = time;
    StringBuilder out = new StringBuilder("all: ").append(jobs.size());
    for (int i = 0; i < NAMES.length; i++) {
      if (i == HELD && now[i] == 0 && before[i] == 0) {
        continue; // most batch systems never hold a job: the count appears when one is
      }
      int delta = now[i] - before[i];
      out.append(", ").append(NAMES[i]).append(": ").append(now[i])
          .append(" (").append(delta >= 0 ? "+" : "").append(delta).append(')');
    }
    return Optional.of(out.toString());
  }
}
