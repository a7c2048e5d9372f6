package dev.docket.runtime.internal.setup;

import dev.docket.runtime.internal.exec.Executor;
import dev.docket.runtime.internal.exec.Reporter;
import dev.docket.runtime.internal.spawn.ProgramGroups;
import dev.docket.runtime.internal.store.AtomicFiles;
import java.util.concurrent.TimeUnit;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Ctrl-C, SIGTERM and SIGHUP while a run executes: the first stops the run in order (no task
 * starts, the running ones are interrupted, the summary is printed and the run recorded as
 * interrupted) and the process exits with 128 + the signal's number (130, 143, 129); a second
 * signal, or a run that has not wrapped up {@value #WRAP_UP_SECONDS} s after the first, ends
 * the process at once (its unfinished files removed).
 *
 * <p>A signal handler rather than a shutdown hook: a hook runs while the JVM is already
 * shutting down, cannot tell which signal came, and makes a second Ctrl-C wait for it; here the
 * main thread finishes the run as usual and chooses the exit status. Handlers are installed
 * only by the generated main (a test running the command line in-process keeps its JVM's) and
 * only when a run starts (about 1 ms, loading {@code sun.misc.Signal}), not at start-up.
 */
public final class RunSignals implements SignalHandler, AutoCloseable {
  static final int WRAP_UP_SECONDS = 30;
  private static final String[] SIGNALS = {"INT", "TERM", "HUP"};

  /** Set by the generated main: this process is ours to end. */
  private static volatile boolean enabled;

  private final Executor executor;
  private final Reporter reporter;
  /** The signals handled here, and the handlers they had before. */
  private final Signal[] installed = new Signal[SIGNALS.length];
  private final SignalHandler[] previous = new SignalHandler[SIGNALS.length];
  private volatile Signal received;

  private RunSignals(Executor executor, Reporter reporter) {
    this.executor = executor;
    this.reporter = reporter;
  }

  /** Called by the generated main: runs in this process may install signal handlers. */
  public static void enable() {
    enabled = true;
  }

  /** Watches for signals during a run of {@code executor}, when this process is ours. */
  static RunSignals watch(Executor executor, Reporter reporter) {
    RunSignals signals = new RunSignals(executor, reporter);
    if (enabled) {
      for (int i = 0; i < SIGNALS.length; i++) {
        try {
          Signal signal = new Signal(SIGNALS[i]);
          signals.previous[i] = Signal.handle(signal, signals);
          signals.installed[i] = signal;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
          // not on this system, or ignored (nohup): the JVM's default stays
        }
      }
    }
    return signals;
  }

  /** The exit status of a run that {@code signal} stopped: 128 + its number. */
  public int exitStatus() {
    Signal signal = received;
    return signal == null ? 130 : 128 + signal.getNumber();
  }

  /** The run is over (summary printed, history recorded): the JVM's handlers again. */
  @Override
  public void close() {
    for (int i = 0; i < installed.length; i++) {
      if (installed[i] == null) {
        continue;
      }
      try {
        Signal.handle(installed[i], previous[i]);
      } catch (IllegalArgumentException e) {
        // keep ours: it does nothing once the run is over
      }
    }
  }

  /** On the JVM's signal thread: the first signal stops the run, a second ends the process. */
  @Override
  public void handle(Signal signal) {
    String name = "SIG" + signal.getName();
    if (received != null) {
      end(128 + received.getNumber(), "interrupted again: exiting at once");
      return;
    }
    received = signal;
    // The programs lead groups of their own, out of the terminal's reach: they get the signal the
    // run got (a Ctrl-C as SIGINT, for a Python's KeyboardInterrupt), then the interrupted tasks
    // give them their grace; SIGTERM stays for a timeout.
    ProgramGroups.forward(signal.getNumber());
    reporter.note(
        "interrupted (" + name + "): no new task starts, the running ones are being stopped;"
            + (signal.getName().equals("INT") ? " press Ctrl-C" : " send " + name)
            + " again to exit at once");
    executor.interrupt(name);
    Thread watchdog = new Thread(new Watchdog(this), "docket-interrupt-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
  }

  /**
   * Ends the process now: what is half-written goes, and nothing waits any more, not even the
   * last line (a worker blocked on a full pipe may hold the reporter).
   */
  private void end(int status, String why) {
    // The tasks' programs lead process groups of their own, out of the terminal's reach: they
    // would outlive the run.
    ProgramGroups.killAll();
    int removed = AtomicFiles.abandonOpen();
    Thread last =
        new Thread(
            new LastWord(
                reporter,
                why + (removed > 0 ? " (" + removed + " unfinished file(s) removed)" : "")
                    + "; the history keeps this run as running"),
            "docket-last-word");
    last.setDaemon(true);
    last.start();
    try {
      last.join(1000);
    } catch (InterruptedException e) {
      // halt regardless
    }
    Runtime.getRuntime().halt(status);
  }

  private record LastWord(Reporter reporter, String message) implements Runnable {
    @Override
    public void run() {
      reporter.note(message);
    }
  }

  private static final class Watchdog implements Runnable {
    private final RunSignals signals;

    Watchdog(RunSignals signals) {
      this.signals = signals;
    }

    @Override
    public void run() {
      try {
        Thread.sleep(TimeUnit.SECONDS.toMillis(WRAP_UP_SECONDS));
      } catch (InterruptedException e) {
        return;
      }
      signals.end(
          128 + signals.received.getNumber(),
          "the interrupted run did not wrap up within " + WRAP_UP_SECONDS + " s: exiting");
    }
  }
}
