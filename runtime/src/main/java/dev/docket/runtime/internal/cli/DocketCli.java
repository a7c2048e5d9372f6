package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.exec.ProcessLaunch;
import dev.docket.runtime.internal.setup.RunSignals;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskIndex;
import java.io.PrintStream;

/**
 * The command line of every analysis; the generated main class calls {@link #main}.
 *
 * <p>Exit status: 0 when the requested task is complete at the end (or the command only showed
 * or cleaned something); 1 when a task failed; 2 for bad input (unknown task or parameter,
 * malformed value, missing required parameter, bad configuration), reported as one line
 * {@code docket: error: <message>} without a stack trace; 128 + the signal's number (130 for
 * Ctrl-C, 143 for SIGTERM) when a signal interrupted a run (see {@link RunSignals}).
 */
public final class DocketCli {
  /** The prefix of every bad-input line on standard error. */
  public static final String ERROR_PREFIX = "docket: error: ";

  private DocketCli() {}

  /** Runs the command line and exits the JVM with its status (0, 1 or 2). */
  public static void main(TaskIndex index, String[] args) {
    ProcessLaunch.preferVfork(); // before any child process: the JDK reads it once
    TaskRegistry.preload();
    RunSignals.enable(); // this process is ours: a run may take Ctrl-C and SIGTERM itself
    System.exit(run(index, args, System.out, System.err));
  }

  /** Runs the command line in this process's environment; returns the exit status. */
  public static int run(TaskIndex index, String[] args, PrintStream out, PrintStream err) {
    return run(index, args, out, err, Environment.ofProcess(), Terminal.system());
  }

  /** Runs the command line in {@code environment}; returns the exit status. */
  static int run(
      TaskIndex index,
      String[] args,
      PrintStream out,
      PrintStream err,
      Environment environment,
      Terminal terminal) {
    // The commands print and leave flushing to this one place: whatever a command printed
    // reaches the caller's streams when it returns, and comes before an error line.
    try {
      return DaggerDocketComponent.factory()
          .create(index, out, err, environment, terminal)
          .app()
          .run(args);
    } catch (BadInputException e) {
      return fail(out, err, 2, ERROR_PREFIX + oneLine(e.getMessage()), null);
    } catch (RuntimeException | Error e) {
      return fail(out, err, 1, "docket: internal error: " + e + " (please report it, with this trace)", e);
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The error line, with the trace of an internal error, below what the command printed. */
  private static int fail(PrintStream out, PrintStream err, int status, String line, Throwable trace) {
    out.flush(); // before the line: the error stream flushes every line, the output may not
    err.println(line);
    if (trace != null) {
      trace.printStackTrace(err);
    }
    return status;
  }

  private static String oneLine(String message) {
    return message == null ? "bad input" : message.replace("\r", "").replace("\n", " ");
  }
}
