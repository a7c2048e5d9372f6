package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.TaskContext;
import java.io.PrintStream;

/**
 * A sandboxed task's status message, progress and tracking URL on their way out: the task's JVM
 * in the sandbox writes each as a line of its own on standard output, marked by a character no
 * log line begins with (ASCII's record separator), and the outside run, which reads that output
 * into the task's log, hands such a line to the task's context instead (and so to the central
 * scheduler). The page's messages do not go in: inside a sandbox {@code nextMessage()} stays
 * empty.
 */
final class ReportLines {
  /** What begins a report line: ASCII RS, then the word. */
  static final String MARK = "\u001edocket:";

  private static final String STATUS = "status ";
  private static final String PROGRESS = "progress ";
  private static final String TRACKING = "tracking ";

  private ReportLines() {}

  static void status(PrintStream out, String message) {
    write(out, STATUS + oneLine(message));
  }

  static void progress(PrintStream out, double fraction) {
    write(out, PROGRESS + fraction);
  }

  static void trackingUrl(PrintStream out, String url) {
    write(out, TRACKING + oneLine(url));
  }

  private static void write(PrintStream out, String report) {
    synchronized (out) {
      out.println(MARK + report);
      out.flush();
    }
  }

  private static String oneLine(String text) {
    return text == null ? "" : text.replace('\r', ' ').replace('\n', ' ');
  }

  /**
   * Hands {@code line} to {@code context} when it is a report; returns whether it was (else it is
   * a line of the task's log). A report that cannot be read is dropped: it only informs.
   */
  static boolean apply(String line, TaskContext context) {
    if (!line.startsWith(MARK)) {
      return false;
    }
    String report = line.substring(MARK.length());
    if (report.startsWith(STATUS)) {
      context.setStatusMessage(report.substring(STATUS.length()));
    } else if (report.startsWith(PROGRESS)) {
      try {
        context.setProgress(Double.parseDouble(report.substring(PROGRESS.length())));
      } catch (NumberFormatException e) {
        // not ours after all, or cut: dropped
      }
    } else if (report.startsWith(TRACKING)) {
      context.setTrackingUrl(report.substring(TRACKING.length()));
    }
    return true;
  }
}
