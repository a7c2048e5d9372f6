package dev.docket.runtime.internal.exec;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Prints a run: progress and task logs on standard output, the stack trace of a failing task on
 * standard error (once; it points into the user's code). Every method is synchronized: workers
 * report concurrently. What is printed per task depends on the run's {@link ProgressStyle}:
 *
 * <pre>
 * start Selection(dataset=ttbar, minJets=4, version=v1)                 (tasks only)
 * [3/7] done Selection(dataset=ttbar, minJets=4, version=v1) in 0.21 s  (tasks only)
 * [4/7] FAILED Selection(dataset=wjets, minJets=4, version=v1): IOException: disk full
 * [5/7] FAILED_UPSTREAM Reconstruction(dataset=wjets, version=v1): needs Selection(...), which failed
 * progress: 5/7 done, 1 running, 1 pending, 2 failed; 12 s, 0.4 tasks/s  (every interval)
 * Summary: 3 ran, 1 already complete, 1 failed, 2 failed upstream
 * </pre>
 *
 * <p>On a terminal ({@link ProgressStyle#LIVE}) the progress line is redrawn in place and
 * failures and logs scroll above it.
 */
public final class Reporter {
  /** Carriage return and "erase line": the live line is rewritten in place. */
  private static final String CLEAR_LINE = "\r\033[K";

  private final PrintStream out;
  private final PrintStream err;
  private ProgressStyle style = ProgressStyle.TASKS;
  private long startNanos = System.nanoTime();
  private int total;
  /** Ends printed by {@link #finishedThenStarted} in this run. */
  private int ended;
  private boolean liveShown;

  @Inject
  public Reporter(@Named("out") PrintStream out, @Named("err") PrintStream err) {
    this.out = out;
    this.err = err;
  }

  synchronized void begin(ProgressStyle style, int total, long startNanos) {
    this.style = style;
    this.total = total;
    this.startNanos = startNanos;
    this.ended = 0;
  }

  synchronized void started(TaskId id) {
    if (style == ProgressStyle.TASKS) {
      out.println("start " + TaskLabel.of(id));
      out.flush();
    }
  }

  /**
   * The ends a worker recorded, then the start of its next task ({@code next}, or {@code null}),
   * in one write when they are plain lines: a write per line, twice per task, made the workers
   * of a run of short tasks wait for each other's output. Numbered here, as they are printed, so
   * that the counter only goes up though two workers print in either order.
   */
  synchronized void finishedThenStarted(List<TaskResult> ends, TaskId next) {
    StringBuilder lines = new StringBuilder();
    for (TaskResult end : ends) {
      ended++;
      if (end.outcome() == Outcome.FAILED) {
        print(lines);
        finished(ended, total, end);
      } else if (style == ProgressStyle.TASKS) {
        appendFinished(lines, ended, end);
      }
    }
    if (next != null && style == ProgressStyle.TASKS) {
      lines.append("start ").append(TaskLabel.of(next)).append(System.lineSeparator());
    }
    print(lines);
  }

  private void print(StringBuilder lines) {
    if (lines.length() > 0) {
      out.print(lines);
      out.flush();
      lines.setLength(0);
    }
  }

  /** A finished task's line in {@link ProgressStyle#TASKS}, as {@link #finished} prints it. */
  private void appendFinished(StringBuilder lines, int done, TaskResult result) {
    String what =
        switch (result.outcome()) {
          case RAN -> "done ";
          case FAILED_UPSTREAM -> "FAILED_UPSTREAM ";
          case INTERRUPTED -> "INTERRUPTED ";
          default -> null;
        };
    if (what == null) {
      return;
    }
    lines.append('[').append(done).append('/').append(total).append("] ").append(what)
        .append(TaskLabel.of(result.id()));
    if (result.outcome() == Outcome.RAN) {
      lines.append(" in ").append(seconds(result.seconds()));
    } else {
      lines.append(": ").append(result.reason());
    }
    lines.append(System.lineSeparator());
  }

  synchronized void log(TaskId id, String message) {
    clearLive();
    out.println("  [" + TaskLabel.of(id) + "] " + message);
    out.flush();
  }

  synchronized void finished(int done, int total, TaskResult result) {
    String counter = "[" + done + "/" + total + "] ";
    switch (result.outcome()) {
      case RAN -> {
        if (style == ProgressStyle.TASKS) {
          out.println(counter + "done " + TaskLabel.of(result.id()) + " in " + seconds(result.seconds()));
        }
      }
      case FAILED -> {
        clearLive();
        out.println(counter + "FAILED " + TaskLabel.of(result.id()) + ": " + result.reason());
        if (!Failures.isRuntimeFailure(result.error())) {
          out.flush();
          err.println("docket: " + result.id() + " failed:");
          result.error().printStackTrace(err);
          err.flush();
        }
      }
      case FAILED_UPSTREAM -> {
        if (style == ProgressStyle.TASKS) {
          out.println(counter + "FAILED_UPSTREAM " + TaskLabel.of(result.id()) + ": " + result.reason());
        }
      }
      case INTERRUPTED -> {
        if (style == ProgressStyle.TASKS) {
          out.println(counter + "INTERRUPTED " + TaskLabel.of(result.id()) + ": " + result.reason());
        }
      }
      case COMPLETE, NOT_STARTED -> {}
    }
    if (style == ProgressStyle.TASKS || result.outcome() == Outcome.FAILED) {
      out.flush();
    }
  }

  /** Called every progress interval while tasks run. */
  synchronized void progress(int done, int running, int pending, int failed) {
    String line = progressLine(done, running, pending, failed);
    if (style == ProgressStyle.LIVE) {
      out.print(CLEAR_LINE + line);
      liveShown = true;
    } else {
      out.println("progress: " + line);
    }
    out.flush();
  }

  /** A line about the run as a whole, as {@code docket: <message>} on standard error. */
  public synchronized void note(String message) {
    clearLive();
    out.flush();
    err.println("docket: " + message);
    err.flush();
  }

  /** The run is over: the live line gives way to the summary. */
  synchronized void end() {
    clearLive();
    out.flush();
  }

  /** {@code 5/7 done, 1 running, 1 pending, 2 failed; 12 s, 0.4 tasks/s}. */
  String progressLine(int done, int running, int pending, int failed) {
    double elapsed = (System.nanoTime() - startNanos) / 1e9;
    return String.format(
        Locale.ROOT,
        "%d/%d done, %d running, %d pending, %d failed; %.0f s, %s tasks/s",
        done, total, running, pending, failed, elapsed, rate(done, elapsed));
  }

  private void clearLive() {
    if (liveShown) {
      out.print(CLEAR_LINE);
      liveShown = false;
    }
  }

  /** The end of a run: counts, time, then every failure with its first line. */
  public synchronized void summary(RunSummary summary) {
    long notStarted = summary.count(Outcome.NOT_STARTED);
    long interrupted = summary.count(Outcome.INTERRUPTED);
    out.println(
        "Summary: " + summary.count(Outcome.RAN) + " ran, "
            + summary.count(Outcome.COMPLETE) + " already complete, "
            + summary.count(Outcome.FAILED) + " failed, "
            + summary.count(Outcome.FAILED_UPSTREAM) + " failed upstream"
            + (interrupted > 0 || summary.interrupted() ? ", " + interrupted + " interrupted" : "")
            + (notStarted > 0
                ? ", " + notStarted + " not started ("
                    + (summary.interrupted() ? "the run was interrupted" : "stopped at the first failure")
                    + ")"
                : ""));
    long ran = summary.count(Outcome.RAN) + summary.count(Outcome.FAILED) + interrupted;
    if (summary.seconds() > 0 && ran > 0) {
      out.println(
          "  in " + seconds(summary.seconds()) + ", " + rate(ran, summary.seconds()) + " tasks/s");
    }
    for (TaskResult failure : summary.failures()) {
      out.println("  " + failure.outcome() + " " + failure.id() + ": " + failure.reason());
    }
    for (TaskResult stopped : summary.interruptions()) {
      out.println("  " + stopped.outcome() + " " + stopped.id() + ": " + stopped.reason());
    }
    if (summary.success()) {
      out.println("Done: " + summary.root() + " is complete.");
    } else if (summary.interrupted()) {
      out.println(
          "Interrupted (" + summary.interruptedBy() + "): " + summary.root() + " is not complete;"
              + " run the same command again to go on from here.");
    } else {
      out.println("Not done: " + summary.root() + " is not complete.");
    }
    out.flush();
  }

  private static String rate(long count, double seconds) {
    double rate = seconds > 0 ? count / seconds : 0;
    return String.format(Locale.ROOT, rate >= 100 ? "%.0f" : "%.1f", rate);
  }

  /**
   * {@code 0.21 s}: rounded to the nearest hundredth, without a {@link java.util.Formatter} per
   * finished task.
   */
  static String seconds(double seconds) {
    if (!(seconds >= 0 && seconds < 1e15)) {
      return String.format(Locale.ROOT, "%.2f s", seconds);
    }
    long hundredths = Math.round(seconds * 100);
    long cents = hundredths % 100;
    return (hundredths / 100) + (cents < 10 ? ".0" : ".") + cents + " s";
  }
}
