package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A sandbox's command as the run starts it: log, exit status, environment, interrupt. */
class SandboxProcessTest {
  @TempDir Path dir;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final TaskContext context = new TaskContext() {
    @Override
    public TaskId id() {
      return new TaskId("Fit", "");
    }

    @Override
    public void log(String message) {
      log.add(message);
    }
  };

  @Test
  void itsOutputAndErrorGoToTheLogAndItsStatusComesBack() throws Exception {
    SandboxCommand command = new SandboxCommand(
        List.of("/bin/sh", "-c", "echo \"out $MARK\"; echo 'err line' >&2; pwd; exit 3"),
        Map.of("MARK", "set"));

    SandboxProcess.Ending ending = SandboxProcess.run(command, dir, context);

    assertThat(ending.status()).isEqualTo(3);
    assertThat(log).containsExactly("out set", "err line", dir.toRealPath().toString()).inOrder();
    assertThat(ending.lastLine()).isEqualTo(dir.toRealPath().toString());
  }

  @Test
  void nothingOfThisProcesssEnvironmentLeaksIn() throws Exception {
    SandboxCommand command =
        new SandboxCommand(List.of("/bin/sh", "-c", "echo \"home=$HOME\""), Map.of());

    SandboxProcess.run(command, dir, context);

    assertThat(log).containsExactly("home=");
  }

  @Test
  void anInterruptRunsTheStopCommandAndKillsTheProcess() throws Exception {
    Path stopped = dir.resolve("stopped");
    SandboxCommand command = new SandboxCommand(
        List.of("/bin/sh", "-c", "echo started; exec sleep 60"), Map.of(),
        List.of("/bin/sh", "-c", "touch '" + stopped + "'"));
    FutureTask<SandboxProcess.Ending> running =
        new FutureTask<>(() -> SandboxProcess.run(command, dir, context));
    Thread thread = new Thread(running);
    thread.start();
    while (!log.contains("started")) {
      Thread.onSpinWait();
    }

    long start = System.nanoTime();
    thread.interrupt();
    ExecutionException e = assertThrows(ExecutionException.class, () -> running.get(20, TimeUnit.SECONDS));

    assertThat(e).hasCauseThat().isInstanceOf(InterruptedException.class);
    assertThat(Files.exists(stopped)).isTrue();
    // The stop command does not end it: SIGTERM does, long before the grace of 10 s is up.
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(8);
  }

  @Test
  void anInterruptEndsTheCommandsChildrenTooWithoutWaitingForTheGrace() throws Exception {
    SandboxCommand command = new SandboxCommand(
        List.of("/bin/sh", "-c", "sleep 60 & echo \"child $!\"; wait"), Map.of());
    FutureTask<SandboxProcess.Ending> running =
        new FutureTask<>(() -> SandboxProcess.run(command, dir, context));
    Thread thread = new Thread(running);
    thread.start();
    while (log.stream().noneMatch(line -> line.startsWith("child "))) {
      Thread.onSpinWait();
    }
    long child = Long.parseLong(log.get(0).substring("child ".length()));

    long start = System.nanoTime();
    thread.interrupt();
    assertThrows(ExecutionException.class, () -> running.get(20, TimeUnit.SECONDS));

    // SIGTERM ends both at once; the grace of 10 s is only for what ignores it.
    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(8);
    Optional<ProcessHandle> left = ProcessHandle.of(child);
    if (left.isPresent()) {
      left.get().onExit().get(5, TimeUnit.SECONDS); // ended, or a TimeoutException
    }
  }

  @Test
  @Timeout(60) // waits out the 10 s grace, the whole of PIT's default timeout
  void aCommandThatIgnoresSigtermIsKilledAfterTheGraceWithItsChildren() throws Exception {
    // An ignored signal stays ignored in the children: the background sleep ignores SIGTERM too.
    SandboxCommand command = new SandboxCommand(List.of("/bin/sh", "-c",
        "trap '' TERM; sleep 60 & echo \"pid $$ $!\"; while :; do sleep 1; done"), Map.of());
    FutureTask<SandboxProcess.Ending> running =
        new FutureTask<>(() -> SandboxProcess.run(command, dir, context));
    Thread thread = new Thread(running);
    thread.start();
    while (log.stream().noneMatch(line -> line.startsWith("pid "))) {
      Thread.onSpinWait();
    }
    String[] pids = log.get(0).split(" ");
    ProcessHandle shell = ProcessHandle.of(Long.parseLong(pids[1])).orElseThrow();
    ProcessHandle child = ProcessHandle.of(Long.parseLong(pids[2])).orElseThrow();

    long start = System.nanoTime();
    thread.interrupt();
    assertThrows(ExecutionException.class, () -> running.get(40, TimeUnit.SECONDS));

    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isAtLeast(9);
    shell.onExit().get(5, TimeUnit.SECONDS); // killed, or a TimeoutException
    child.onExit().get(5, TimeUnit.SECONDS);
  }

  /** Ctrl-C again while the sandbox's stop command runs: it is given up, the interrupt kept. */
  @Test
  void anInterruptWhileTheStopCommandRunsIsKeptAndTheProcessStillEnds() throws Exception {
    Path stopping = dir.resolve("stopping");
    SandboxCommand command = new SandboxCommand(
        List.of("/bin/sh", "-c", "echo \"pid $$\"; exec sleep 60"), Map.of(),
        List.of("/bin/sh", "-c", "touch '" + stopping + "'; exec sleep 60"));
    Interrupted run = new Interrupted(command);
    ProcessHandle shell = run.awaitPid();

    run.thread.interrupt();
    awaitFile(stopping);
    run.thread.interrupt();
    run.thread.join(TimeUnit.SECONDS.toMillis(20));

    assertThat(run.thread.isAlive()).isFalse();
    assertThat(run.thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(run.interruptKept.get()).isTrue();
    shell.onExit().get(5, TimeUnit.SECONDS);
  }

  /** Ctrl-C again in the grace: a command that ignores SIGTERM is killed at once. */
  @Test
  void aSecondInterruptDuringTheGraceKillsTheCommandAtOnceAndIsKept() throws Exception {
    SandboxCommand command = new SandboxCommand(
        List.of("/bin/sh", "-c", "trap '' TERM; echo \"pid $$\"; while :; do sleep 1; done"), Map.of());
    Interrupted run = new Interrupted(command);
    ProcessHandle shell = run.awaitPid();

    run.thread.interrupt();
    // Asked to end, it waits out the grace (a timed wait), where the second interrupt lands.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(8);
    while (run.thread.getState() != Thread.State.TIMED_WAITING && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    run.thread.interrupt();
    run.thread.join(TimeUnit.SECONDS.toMillis(20));

    assertThat(run.thread.isAlive()).isFalse();
    assertThat(run.thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(run.interruptKept.get()).isTrue();
    shell.onExit().get(5, TimeUnit.SECONDS); // killed, or a TimeoutException
  }

  /** A command run on a thread of its own, to be interrupted; what it threw and kept. */
  private final class Interrupted {
    final AtomicReference<Throwable> thrown = new AtomicReference<>();
    final AtomicBoolean interruptKept = new AtomicBoolean();
    final Thread thread;

    Interrupted(SandboxCommand command) {
      thread = new Thread(() -> {
        try {
          SandboxProcess.run(command, dir, context);
        } catch (Throwable e) {
          interruptKept.set(Thread.currentThread().isInterrupted());
          thrown.set(e);
        }
      });
      thread.start();
    }

    ProcessHandle awaitPid() {
      while (log.stream().noneMatch(line -> line.startsWith("pid "))) {
        Thread.onSpinWait();
      }
      return ProcessHandle.of(Long.parseLong(log.get(0).substring("pid ".length()))).orElseThrow();
    }
  }

  private static void awaitFile(Path file) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!Files.exists(file) && System.nanoTime() < deadline) {
      Thread.sleep(10); // the stop command's own doing: nothing to wait on but its file
    }
    assertThat(Files.exists(file)).isTrue();
  }
}
