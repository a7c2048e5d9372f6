package dev.docket.runtime.exec;

import dev.docket.runtime.task.TaskId;
import java.io.PrintStream;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Prints a run as plain lines: progress and task logs on standard output, the stack trace of a
 * failing task on standard error (once; it points into the user's code). Every method is
 * synchronized: workers log concurrently.
 *
 * <pre>
 * start Selection(dataset=ttbar, minJets=4, version=v1)
 * [3/7] done Selection(dataset=ttbar, minJets=4, version=v1) in 0.21 s
 * [4/7] FAILED Selection(dataset=wjets, minJets=4, version=v1): IOException: disk full
 * [5/7] FAILED_UPSTREAM Reconstruction(dataset=wjets, version=v1): needs Selection(...), which failed
 * Summary: 3 ran, 1 already complete, 1 failed, 2 failed upstream
 * </pre>
 */
public final class Reporter {
  private final PrintStream out;
  private final PrintStream err;

  @Inject
  public Reporter(@Named("out") PrintStream out, @Named("err") PrintStream err) {
    this.out = out;
    this.err = err;
  }

  synchronized void started(TaskId id) {
    out.println("start " + id);
    out.flush();
  }

  synchronized void log(TaskId id, String message) {
    out.println("  [" + id + "] " + message);
    out.flush();
  }

  synchronized void finished(int done, int total, TaskResult result) {
    String counter = "[" + done + "/" + total + "] ";
    switch (result.outcome()) {
      case RAN -> out.println(counter + "done " + result.id() + " in " + seconds(result.seconds()));
      case FAILED -> {
        out.println(counter + "FAILED " + result.id() + ": " + result.reason());
        if (!Failures.isRuntimeFailure(result.error())) {
          err.println("docket: " + result.id() + " failed:");
          result.error().printStackTrace(err);
          err.flush();
        }
      }
      case FAILED_UPSTREAM ->
          out.println(counter + "FAILED_UPSTREAM " + result.id() + ": " + result.reason());
      case COMPLETE -> out.println(counter + "complete " + result.id());
    }
    out.flush();
  }

  /** The end of a run: counts, then every failure with its first line. */
  public synchronized void summary(RunSummary summary) {
    out.println(
        "Summary: " + summary.count(Outcome.RAN) + " ran, "
            + summary.count(Outcome.COMPLETE) + " already complete, "
            + summary.count(Outcome.FAILED) + " failed, "
            + summary.count(Outcome.FAILED_UPSTREAM) + " failed upstream");
    for (TaskResult failure : summary.failures()) {
      out.println("  " + failure.outcome() + " " + failure.id() + ": " + failure.reason());
    }
    out.println(
        summary.success()
            ? "Done: " + summary.root() + " is complete."
            : "Not done: " + summary.root() + " is not complete.");
    out.flush();
  }

  static String seconds(double seconds) {
    return String.format(Locale.ROOT, "%.2f s", seconds);
  }
}
