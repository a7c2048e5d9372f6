package dev.docket.runtime.internal.setup;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.RunSummary;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.testkit.ExitTrap;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The signals of a run, handled in-process: the handler is called directly (no signal is sent,
 * so the test JVM's own handlers never see one), and the second signal's halt is caught by a
 * security manager where the JDK still allows one. The watchdog's end, 30 s later, and real
 * signals are checked with a real process by the integration tests (InterruptIT).
 */
class RunSignalsTest {
  private static final String WATCHDOG = "docket-interrupt-watchdog";

  @TempDir Path dir;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
  private final RunSetup setup = RunComponent.setup(stream, stream);

  @AfterEach
  void stopWatchdogsAndDisable() throws Exception {
    // The watchdog would end this JVM 30 s after the handled signal: the run it guards is over.
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().equals(WATCHDOG)) {
        thread.interrupt();
        thread.join(5000);
      }
    }
    enabled(false);
  }

  private static void enabled(boolean value) throws Exception {
    Field field = RunSignals.class.getDeclaredField("enabled");
    field.setAccessible(true);
    field.setBoolean(null, value);
  }

  private static List<Thread> watchdogs() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals(WATCHDOG) && t.isAlive())
        .toList();
  }

  private String printed() {
    return log.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aRunThatNoSignalStoppedWouldExitWith130() {
    try (RunSignals signals = setup.watchSignals()) {
      assertThat(signals.exitStatus()).isEqualTo(130);
    }
  }

  @Test
  void theFirstSigtermStopsTheRunAndSaysHowToExitAtOnce() {
    try (RunSignals signals = setup.watchSignals()) {
      signals.handle(new Signal("TERM"));

      assertThat(signals.exitStatus()).isEqualTo(143);
      assertThat(printed())
          .contains(
              "interrupted (SIGTERM): no new task starts, the running ones are being stopped;"
                  + " send SIGTERM again to exit at once");
      // The executor was interrupted: a run that starts now starts nothing.
      Object task =
          TaskArgs.apply(TaskBuilder.of(Selection_Family.INSTANCE), List.of("--dataset", "x"))
              .build();
      try (RunSetup.Installed installed = setup.install(config(), true)) {
        RunSummary summary =
            setup.run(task, WorkflowFamilies.local(task), installed.settings(1, false));
        assertThat(summary.interrupted()).isTrue();
        assertThat(summary.success()).isFalse();
      }
    }
  }

  @Test
  void theFirstCtrlCSaysPressCtrlCAgainAndStartsADaemonWatchdog() {
    try (RunSignals signals = setup.watchSignals()) {
      assertThat(watchdogs()).isEmpty();

      signals.handle(new Signal("INT"));

      assertThat(signals.exitStatus()).isEqualTo(130);
      assertThat(printed())
          .contains(
              "interrupted (SIGINT): no new task starts, the running ones are being stopped;"
                  + " press Ctrl-C again to exit at once");
      List<Thread> watchdogs = watchdogs();
      assertThat(watchdogs).hasSize(1);
      // A daemon: a run that wraps up in time ends the JVM without waiting for it.
      assertThat(watchdogs.get(0).isDaemon()).isTrue();
    }
  }

  @Test
  void outsideTheCommandLinesProcessNoHandlerIsInstalled() throws Exception {
    enabled(false);
    Signal hup = new Signal("HUP");
    try (RunSignals signals = setup.watchSignals()) {
      assertThat(current(hup)).isNotInstanceOf(RunSignals.class);
    }
  }

  @Test
  void inTheCommandLinesProcessTheHandlersAreOursDuringTheRunAndTheFormerOnesAfter() {
    RunSignals.enable();
    for (String name : List.of("INT", "TERM", "HUP")) {
      assertThat(current(new Signal(name))).isNotInstanceOf(RunSignals.class);
    }
    try (RunSignals signals = setup.watchSignals()) {
      for (String name : List.of("INT", "TERM", "HUP")) {
        Signal signal = new Signal(name);
        if (ignoredSinceStart(signal)) {
          // Under nohup the JVM keeps HUP ignored and refuses a handler: so do we.
          assertThat(current(signal)).isSameInstanceAs(SignalHandler.SIG_IGN);
        } else {
          assertThat(current(signal)).isSameInstanceAs(signals);
        }
      }
    }
    for (String name : List.of("INT", "TERM", "HUP")) {
      assertThat(current(new Signal(name))).isNotInstanceOf(RunSignals.class);
    }
  }

  /** Whether the JVM was started with {@code signal} ignored (nohup does that to HUP). */
  private static boolean ignoredSinceStart(Signal signal) {
    return IGNORED_AT_START.contains(signal.getName());
  }

  private static final Set<String> IGNORED_AT_START = ignoredAtStart();

  private static Set<String> ignoredAtStart() {
    Set<String> ignored = new HashSet<>();
    for (String name : List.of("INT", "TERM", "HUP")) {
      if (current(new Signal(name)) == SignalHandler.SIG_IGN) {
        ignored.add(name);
      }
    }
    return ignored;
  }

  /** The handler of {@code signal} now (put back at once; the JVM wraps its own anew). */
  private static SignalHandler current(Signal signal) {
    SignalHandler handler = Signal.handle(signal, SignalHandler.SIG_DFL);
    Signal.handle(signal, handler);
    return handler;
  }

  @Test
  void aSecondSignalEndsTheProcessAtOnceWithTheFirstOnesStatusAndALastWord() {
    try (ExitTrap trap = ExitTrap.install();
        RunSignals signals = setup.watchSignals()) {
      signals.handle(new Signal("TERM"));

      assertThrows(SecurityException.class, () -> signals.handle(new Signal("INT")));

      assertThat(trap.status()).isEqualTo(143);
      assertThat(printed())
          .contains("interrupted again: exiting at once; the history keeps this run as running");
    }
  }

  private DocketConfig config() {
    return new DocketConfig(Optional.empty(), dir, OptionalInt.empty(), Map.of());
  }
}
