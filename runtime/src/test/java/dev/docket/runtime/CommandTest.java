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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every behaviour through both launches: glibc's posix_spawnp (the default here) and the JDK's. */
class CommandTest {
  @TempDir Path dir;

  /** {@link Command#run()} through the chosen launch. */
  private static void run(Command command, boolean natively) throws Exception {
    int status = command.status(natively);
    if (status != 0) {
      throw new Command.Failed(command, status);
    }
  }

  @Test
  void programsAreSpawnedNativelyOnLinux() {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        System.getProperty("os.name").startsWith("Linux")
            && System.getProperty("os.arch").matches("amd64|aarch64"), "Linux on x86-64 or AArch64 only");
    assertTrue(dev.docket.runtime.internal.spawn.NativeSpawn.available());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void argumentsReachTheProgramAsTheyAreWithoutAShell(boolean natively) throws Exception {
    Path log = dir.resolve("logs/printf.log");
    String hostile = "a b; touch " + dir.resolve("pwned") + " $(id) 'q' \"dq\" *";
    run(Command.of("printf", "%s|", hostile, "").log(log), natively);
    assertEquals(hostile + "||", Files.readString(log));
    assertFalse(Files.exists(dir.resolve("pwned")));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void theLogIsAppendedToAndTakesStandardErrorToo(boolean natively) throws Exception {
    Path log = dir.resolve("both.log");
    Command command = Command.of("/bin/sh", "-c", "echo out; echo err >&2").log(log);
    run(command, natively);
    run(command, natively);
    assertEquals(List.of("out", "err", "out", "err"), Files.readAllLines(log));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aNonZeroStatusFailsTheTaskAndNamesTheProgramAndTheLog(boolean natively) {
    Path log = dir.resolve("false.log");
    Command.Failed failed =
        assertThrows(Command.Failed.class, () -> run(Command.of("/bin/sh", "-c", "exit 3").log(log), natively));
    assertEquals(3, failed.status());
    assertEquals("/bin/sh exited with status 3; its output is in " + log, failed.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void statusAnswersWithoutThrowing(boolean natively) throws Exception {
    assertEquals(0, Command.of("true").status(natively));
    assertEquals(1, Command.of("false").status(natively));
    assertEquals(128 + 9, Command.of("/bin/sh", "-c", "kill -9 $$").status(natively));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aMissingProgramSaysWhatToCheck(boolean natively) {
    IOException e =
        assertThrows(
            IOException.class, () -> run(Command.of("docket-no-such-program-xyz"), natively));
    assertEquals("cannot run docket-no-such-program-xyz (No such file or directory); check that it"
        + " is installed and on PATH, or give its full path", e.getMessage());
    IOException notAProgram = assertThrows(IOException.class, () -> run(Command.of(dir.toString()), natively));
    assertEquals("cannot run " + dir + " (Permission denied); check that it is installed and on PATH,"
        + " or give its full path", notAProgram.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aMissingDirectoryIsNamed(boolean natively) {
    Path absent = dir.resolve("absent");
    IOException e = assertThrows(IOException.class, () -> run(Command.of("true").directory(absent), natively));
    assertEquals("cannot run true in " + absent + " (No such file or directory); check that the"
        + " directory exists and that the program is installed and on PATH, or give its full path",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void directoryAndEnvironmentAreTheProgramsAndStandardInputIsEmpty(boolean natively) throws Exception {
    Path log = dir.resolve("env.log");
    Files.createDirectories(dir.resolve("work"));
    run(
        Command.of("/bin/sh", "-c", "pwd; echo \"$DOCKET_TEST_VALUE\"; echo \"$HOME\"; cat; echo end")
            .directory(dir.resolve("work"))
            .environment("DOCKET_TEST_VALUE", "x y")
            .log(log),
        natively);
    assertEquals(
        List.of(dir.resolve("work").toRealPath().toString(), "x y", String.valueOf(System.getenv("HOME")), "end"),
        Files.readAllLines(log));
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void anInterruptedTaskStopsItsProgram(boolean natively) throws Exception {
    Path pidFile = dir.resolve("pid");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread task =
        new Thread(
            () -> {
              try {
                run(Command.of("/bin/sh", "-c", "echo $$ > " + pidFile + ".tmp; mv " + pidFile + ".tmp "
                        + pidFile + "; exec sleep 60"), natively);
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

  /** {@link Command#run()} and {@link Command#status()} themselves, through the default launch. */
  @Test
  void runFailsOnANonZeroStatusWhereStatusAnswers() throws Exception {
    Command.of("true").run();
    Command.Failed failed = assertThrows(Command.Failed.class, () -> Command.of("false").run());
    assertEquals("false exited with status 1", failed.getMessage());
    assertEquals(1, Command.of("false").status());
    assertEquals(0, Command.of("true").status());
  }

  @Test
  void badArgumentListsAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> Command.of(List.of()));
    assertThrows(IllegalArgumentException.class, () -> Command.of("echo", "a\0b"));
    assertEquals(List.of("echo", "a b"), Command.of("echo", "a b").arguments());
  }

  /** posix_spawnp would give A=B=c to the program as A with the value B=c; the JDK refuses it. */
  @Test
  void environmentVariablesAProgramCannotBeGivenAreRefused() {
    Command echo = Command.of("echo");
    for (String name : List.of("", "A=B", "=A", "A\0B", "\0A")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> echo.environment(name, "c"));
      assertTrue(e.getMessage().startsWith("environment variable " + name + " of echo:"), e.getMessage());
    }
    assertThrows(IllegalArgumentException.class, () -> echo.environment("A", "b\0c"));
    assertThrows(IllegalArgumentException.class, () -> echo.environment("A", "\0b"));
  }
}
