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
import org.junit.jupiter.api.Test;
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
  void aCommandThatIgnoresSigtermIsKilledAfterTheGrace() throws Exception {
    SandboxCommand command = new SandboxCommand(
        List.of("/bin/sh", "-c", "trap '' TERM; echo \"pid $$\"; while :; do sleep 1; done"), Map.of());
    FutureTask<SandboxProcess.Ending> running =
        new FutureTask<>(() -> SandboxProcess.run(command, dir, context));
    Thread thread = new Thread(running);
    thread.start();
    while (log.stream().noneMatch(line -> line.startsWith("pid "))) {
      Thread.onSpinWait();
    }
    ProcessHandle shell = ProcessHandle.of(Long.parseLong(log.get(0).substring("pid ".length())))
        .orElseThrow();

    long start = System.nanoTime();
    thread.interrupt();
    assertThrows(ExecutionException.class, () -> running.get(40, TimeUnit.SECONDS));

    assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isAtLeast(9);
    shell.onExit().get(5, TimeUnit.SECONDS); // killed, or a TimeoutException
  }
}
