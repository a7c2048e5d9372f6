package dev.docket.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandTest {
  @TempDir Path dir;

  @Test
  void argumentsReachTheProgramAsTheyAreWithoutAShell() throws Exception {
    Path log = dir.resolve("logs/printf.log");
    String hostile = "a b; touch " + dir.resolve("pwned") + " $(id) 'q' \"dq\" *";
    Command.of("printf", "%s|", hostile, "").log(log).run();
    assertEquals(hostile + "||", Files.readString(log));
    assertFalse(Files.exists(dir.resolve("pwned")));
  }

  @Test
  void theLogIsAppendedToAndTakesStandardErrorToo() throws Exception {
    Path log = dir.resolve("both.log");
    Command command = Command.of("/bin/sh", "-c", "echo out; echo err >&2").log(log);
    command.run();
    command.run();
    assertEquals(List.of("out", "err", "out", "err"), Files.readAllLines(log));
  }

  @Test
  void aNonZeroStatusFailsTheTaskAndNamesTheProgramAndTheLog() {
    Path log = dir.resolve("false.log");
    Command.Failed failed =
        assertThrows(Command.Failed.class, () -> Command.of("/bin/sh", "-c", "exit 3").log(log).run());
    assertEquals(3, failed.status());
    assertEquals("/bin/sh exited with status 3; its output is in " + log, failed.getMessage());
  }

  @Test
  void statusAnswersWithoutThrowing() throws Exception {
    assertEquals(0, Command.of("true").status());
    assertEquals(1, Command.of("false").status());
  }

  @Test
  void aMissingProgramSaysWhatToCheck() {
    IOException e =
        assertThrows(IOException.class, () -> Command.of("docket-no-such-program-xyz").run());
    assertTrue(e.getMessage().startsWith("cannot run docket-no-such-program-xyz ("), e.getMessage());
    assertTrue(e.getMessage().endsWith("check that it is installed and on PATH, or give its full path"));
  }

  @Test
  void directoryAndEnvironmentAreTheProgramsAndStandardInputIsEmpty() throws Exception {
    Path log = dir.resolve("env.log");
    Files.createDirectories(dir.resolve("work"));
    Command.of("/bin/sh", "-c", "pwd; echo \"$DOCKET_TEST_VALUE\"; cat; echo end")
        .directory(dir.resolve("work"))
        .environment("DOCKET_TEST_VALUE", "x y")
        .log(log)
        .run();
    assertEquals(
        List.of(dir.resolve("work").toRealPath().toString(), "x y", "end"), Files.readAllLines(log));
  }

  @Test
  void anInterruptedTaskStopsItsProgram() throws Exception {
    Path pidFile = dir.resolve("pid");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread task =
        new Thread(
            () -> {
              try {
                Command.of("/bin/sh", "-c", "echo $$ > " + pidFile + ".tmp; mv " + pidFile + ".tmp "
                        + pidFile + "; exec sleep 60").run();
              } catch (Throwable e) {
                thrown.set(e);
              }
            });
    task.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(pidFile) && System.nanoTime() < deadline) {
      Thread.sleep(10); // the program's own start: nothing to wait on but its file
    }
    long pid = Long.parseLong(Files.readString(pidFile).strip());
    task.interrupt();
    task.join(TimeUnit.SECONDS.toMillis(30));
    assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    assertFalse(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false), "sleep still runs");
  }

  @Test
  void badArgumentListsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Command.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Command.of("echo", "a\0b"));
    assertEquals(List.of("echo", "a b"), Command.of("echo", "a b").arguments());
  }
}
