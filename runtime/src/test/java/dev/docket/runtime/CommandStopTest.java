package dev.docket.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.runtime.internal.spawn.ProgramGroups;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How an interrupted task stops its program, through both launches: asked to end first (SIGTERM),
 * given its grace, then killed, and waited for, so that nothing is left behind.
 */
class CommandStopTest {
  /** Command's grace, less a little: the interrupt is taken before the grace begins. */
  private static final long GRACE_MILLIS = 1900;

  @TempDir Path dir;

  private final AtomicReference<Throwable> thrown = new AtomicReference<>();
  private final AtomicBoolean interruptKept = new AtomicBoolean();

  /**
   * A shell that notes each SIGTERM in {@code term} and carries on, as a program busy writing its
   * last output may: only the kill after the grace ends it.
   */
  private Command stubborn() {
    Path pid = dir.resolve("pid");
    return Command.of("/bin/sh", "-c", "trap 'echo term >> " + dir.resolve("term") + "' TERM; echo $$ > "
        + pid + ".tmp; mv " + pid + ".tmp " + pid + "; while :; do sleep 0.1; done");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aProgramAskedToEndIsGivenItsGraceThenKilledAndWaitedFor(boolean natively) throws Exception {
    Thread task = start(stubborn(), natively);
    long pid = awaitPid();

    long interrupted = System.nanoTime();
    task.interrupt();
    task.join(TimeUnit.SECONDS.toMillis(30));
    long took = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - interrupted);

    assertFalse(task.isAlive(), "the task still waits for its program");
    assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    assertEquals("term", Files.readString(dir.resolve("term")).strip(), "asked to end first");
    assertTrue(took >= GRACE_MILLIS, "killed after " + took + " ms, before its grace was over");
    assertGone(pid);
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aProgramThatEndsWhenAskedLeavesTheTaskInterrupted(boolean natively) throws Exception {
    Path pid = dir.resolve("pid");
    Thread task = start(Command.of("/bin/sh", "-c", "trap 'echo term > " + dir.resolve("term")
        + "; exit 0' TERM; echo $$ > " + pid + ".tmp; mv " + pid + ".tmp " + pid
        + "; while :; do sleep 0.1; done"), natively);
    long started = awaitPid();

    task.interrupt();
    task.join(TimeUnit.SECONDS.toMillis(30));

    assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    assertEquals("term", Files.readString(dir.resolve("term")).strip());
    assertGone(started);
  }

  /** Ctrl-C twice: the second ends the grace at once, and the task still sees it was interrupted. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aSecondInterruptDuringTheGraceIsKeptForTheTask(boolean natively) throws Exception {
    Thread task = start(stubborn(), natively);
    long pid = awaitPid();

    task.interrupt();
    awaitFile(dir.resolve("term")); // the program was asked to end: its grace runs
    task.interrupt();
    task.join(TimeUnit.SECONDS.toMillis(30));

    assertFalse(task.isAlive());
    assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    assertTrue(interruptKept.get(), "the second interrupt was lost");
    assertGone(pid);
  }

  /** Ctrl-C twice ends the run at once: the program a task waits for is killed with it. */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aRunEndedAtOnceKillsTheProgramATaskWaitsForAndOnlyWhatStillRuns(boolean natively)
      throws Exception {
    Path pid = dir.resolve("pid");
    Command sleeping = Command.of("/bin/sh", "-c", "echo $$ > " + pid + ".tmp; mv " + pid + ".tmp "
        + pid + "; exec sleep 60");
    AtomicReference<Integer> status = new AtomicReference<>();
    Thread task = new Thread(() -> {
      try {
        status.set(sleeping.status(natively));
      } catch (Throwable e) {
        thrown.set(e);
      }
    });
    task.start();
    try {
      awaitPid();
      assertTrue(ProgramGroups.killAll() >= 1, "the program was not among those running");
      task.join(TimeUnit.SECONDS.toMillis(30));
      assertEquals(128 + 9, status.get(), String.valueOf(thrown.get()));
    } finally {
      task.interrupt(); // a program left running is stopped
    }
    // Waited for, a program is no longer one to kill (its id may be another's by then).
    assertEquals(0, Command.of("true").status(natively));
    assertEquals(0, ProgramGroups.killAll());
  }

  private Thread start(Command command, boolean natively) {
    Thread task = new Thread(() -> {
      try {
        command.status(natively);
      } catch (Throwable e) {
        interruptKept.set(Thread.currentThread().isInterrupted());
        thrown.set(e);
      }
    });
    task.start();
    return task;
  }

  private long awaitPid() throws Exception {
    Path pid = dir.resolve("pid");
    awaitFile(pid);
    return Long.parseLong(Files.readString(pid).strip());
  }

  private static void awaitFile(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(file) && System.nanoTime() < deadline) {
      Thread.sleep(10); // the program's own doing: nothing to wait on but its file
    }
    assertTrue(Files.exists(file), file + " never written");
  }

  /**
   * Gone, and reaped: a killed program nobody waits for stays in /proc as a zombie. The JDK's own
   * reaper takes its processes a moment after they end, hence the wait.
   */
  private static void assertGone(long pid) throws InterruptedException {
    Path proc = Path.of("/proc", Long.toString(pid));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (Files.exists(proc) && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertFalse(Files.exists(proc), "process " + pid + " is still there");
  }
}
