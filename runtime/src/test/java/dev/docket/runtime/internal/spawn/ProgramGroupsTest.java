package dev.docket.runtime.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping a program stops its process group (posix_spawnp) or its descendants (the JDK's). */
class ProgramGroupsTest {
  @TempDir Path dir;

  private int spawn(Grandchild grandchild, String prelude) throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    return NativeSpawn.start(grandchild.shell(prelude), null, dir.resolve("log"), Map.of());
  }

  @Test
  void theProgramLeadsAGroupOfItsOwn() throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    int pid = spawn(grandchild, "");
    long sleep = grandchild.pid();
    assertTrue(NativeSpawn.signalGroup(pid, 0), "no group led by the program");
    ProgramGroups.stop(pid, 5000);
    assertFalse(ProcessHandle.of(pid).isPresent(), "the program was not reaped");
    Grandchild.assertGone(sleep, "the shell's sleep");
    assertFalse(NativeSpawn.signalGroup(pid, 0), "the group still has a member");
  }

  @Test
  void whatIgnoresSigtermIsKilledAfterTheGrace() throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    int pid = spawn(grandchild, "trap '' TERM;"); // the sleep inherits the ignored SIGTERM
    long sleep = grandchild.pid();
    long start = System.nanoTime();
    ProgramGroups.stop(pid, 300);
    assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(300), "killed before the grace");
    assertFalse(ProcessHandle.of(pid).isPresent(), "the program was not reaped");
    Grandchild.assertGone(sleep, "the sleep that ignores SIGTERM");
  }

  @Test
  void theGroupIsStoppedWhenItsLeaderHasAlreadyEnded() throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    Grandchild grandchild = new Grandchild(dir);
    // the shell leaves its sleep behind and exits on its own: only the group still runs
    int pid = NativeSpawn.start(
        List.of("/bin/sh", "-c", grandchild.shell("").get(2).replace("; wait", "")),
        null, null, Map.of());
    long sleep = grandchild.pid();
    ProgramGroups.stop(pid, 5000);
    Grandchild.assertGone(sleep, "the sleep of a shell that had ended");
  }

  @Test
  void aSecondInterruptKillsAtOnce() throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    int pid = spawn(grandchild, "trap '' TERM;");
    long sleep = grandchild.pid();
    Thread.currentThread().interrupt();
    long start = System.nanoTime();
    ProgramGroups.stop(pid, TimeUnit.SECONDS.toMillis(60));
    assertTrue(Thread.interrupted(), "the interrupt was not kept");
    assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "waited for the grace");
    assertFalse(ProcessHandle.of(pid).isPresent(), "the program was not reaped");
    Grandchild.assertGone(sleep, "the sleep");
  }

  @Test
  void killAllKillsTheGroupsOfTheProgramsRunningNow() throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    int pid = spawn(grandchild, "");
    long sleep = grandchild.pid();
    ProgramGroups.started(pid);
    try {
      assertTrue(ProgramGroups.killAll() >= 1);
      assertEquals(128 + 9, NativeSpawn.waitFor(pid, TimeUnit.SECONDS.toMillis(30)));
      Grandchild.assertGone(sleep, "the sleep");
    } finally {
      ProgramGroups.ended(pid);
    }
  }

  @Test
  void aGroupWhoseLeaderSomeoneElseReapedIsLeftAlone() throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    Grandchild grandchild = new Grandchild(dir);
    // The shell leaves its sleep (which ignores SIGTERM) behind and exits on its own, and is
    // reaped here, not by the stop.
    int pid = NativeSpawn.start(List.of("/bin/sh", "-c",
            grandchild.shell("trap '' TERM;").get(2).replace("; wait", "")), null, null, Map.of());
    long sleep = grandchild.pid();
    try {
      assertEquals(0, NativeSpawn.waitFor(pid));
      ProgramGroups.stop(pid, 300);
      // Once no longer this process's child, the leader's id may be another's, and so its group.
      assertTrue(Grandchild.running(sleep), "a group led by what is no longer ours was killed");
    } finally {
      ProcessHandle.of(sleep).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void aWaitWithoutPidfdStillSeesTheEndAndReaps() throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    int pid = NativeSpawn.start(List.of("/bin/sh", "-c", "exit 7"), null, null, Map.of());
    assertEquals(7, NativeSpawn.await(pid, -1, -1, true));
    assertFalse(ProcessHandle.of(pid).isPresent(), "the program was not reaped");
    int sleeping = NativeSpawn.start(List.of("sleep", "60"), null, null, Map.of());
    assertEquals(-1, NativeSpawn.await(sleeping, -1, 30, false));
    ProgramGroups.stop(sleeping, 5000);
    assertFalse(ProcessHandle.of(sleeping).isPresent(), "the program was not reaped");
  }

  @Test
  void theJdksProgramIsStoppedWithItsDescendants() throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    Process process = new ProcessBuilder(grandchild.shell("trap '' TERM;")).start();
    long sleep = grandchild.pid();
    ProgramGroups.started(process);
    ProgramGroups.stop(process, 300);
    ProgramGroups.ended(process);
    assertTrue(process.waitFor(30, TimeUnit.SECONDS));
    Grandchild.assertGone(sleep, "the sleep");
  }

  @Test
  void killAllKillsTheJdksProgramsWithTheirDescendants() throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    Process process = new ProcessBuilder(grandchild.shell("")).start();
    long sleep = grandchild.pid();
    ProgramGroups.started(process);
    try {
      assertTrue(ProgramGroups.killAll() >= 1);
      assertTrue(process.waitFor(30, TimeUnit.SECONDS));
      Grandchild.assertGone(sleep, "the sleep of the JDK's program");
    } finally {
      ProgramGroups.ended(process);
      ProcessHandle.of(sleep).ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void theRunsSignalIsForwardedAndTheStopSendsNoSigtermAfterIt() throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    Path seen = dir.resolve("seen");
    Path ready = dir.resolve("ready");
    // The shell notes each signal; after SIGINT it waits again, so a SIGTERM would be noted too.
    int pid = NativeSpawn.start(List.of("/bin/sh", "-c", "trap 'echo INT >> " + seen + "' INT;"
        + " trap 'echo TERM >> " + seen + "; exit' TERM; sleep 60 & touch " + ready + "; wait; wait"),
        null, null, Map.of());
    ProgramGroups.started(pid);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (!Files.exists(ready)) {
        assertTrue(System.nanoTime() < deadline, "the shell never started");
        Thread.sleep(5); // the shell's own start: nothing else to wait on
      }
      ProgramGroups.forward(2);
      while (!Files.exists(seen)) {
        assertTrue(System.nanoTime() < deadline, "SIGINT never reached the shell");
        Thread.sleep(5);
      }
      ProgramGroups.stop(pid, 300);
      assertFalse(ProcessHandle.of(pid).isPresent(), "the program was not reaped");
      assertEquals(List.of("INT"), Files.readAllLines(seen));
    } finally {
      ProgramGroups.ended(pid);
    }
  }

  @Test
  void noGroupButAProgramsIsSignalled() {
    // -0 is this process's own group, -1 every process it may signal
    assertThrows(IllegalArgumentException.class, () -> NativeSpawn.signalGroup(0, 0));
    assertThrows(IllegalArgumentException.class, () -> NativeSpawn.signalGroup(1, 0));
    assertThrows(IllegalArgumentException.class, () -> NativeSpawn.signalGroup(-5, 0));
    // nor, by a wrong process id, this process's group or every process
    assertThrows(IllegalArgumentException.class, () -> NativeSpawn.signal(0, 0));
    assertThrows(IllegalArgumentException.class, () -> NativeSpawn.signal(1, 0));
    assertThrows(IllegalArgumentException.class, () -> NativeSpawn.signal(-1, 0));
  }

  @Test
  void onlyAChildOfThisProcessIsOurs() throws Exception {
    Process child = new ProcessBuilder("sleep", "60").start();
    try {
      assertTrue(ProgramGroups.ours((int) child.pid()));
      assertFalse(ProgramGroups.ours(1));
      assertFalse(ProgramGroups.ours((int) ProcessHandle.current().pid()), "this process itself");
    } finally {
      child.destroyForcibly().waitFor();
    }
    assertFalse(ProgramGroups.ours((int) child.pid()), "a reaped child");
  }

  @Test
  void theProgramsOfAJvmEndedBySigtermEndWithIt() throws Exception {
    Process jvm = ForkedJvm.of("program", Map.of()).start();
    try (BufferedReader out = new BufferedReader(
        new InputStreamReader(jvm.getInputStream(), StandardCharsets.UTF_8))) {
      String line = out.readLine();
      assumeTrue(line != null && !line.equals("unavailable"), "posix_spawnp through JNA");
      long sleep = Long.parseLong(line);
      assertTrue(Grandchild.running(sleep));
      jvm.destroy(); // SIGTERM, as to a JShell or a user's own main
      assertTrue(jvm.waitFor(30, TimeUnit.SECONDS));
      Grandchild.assertGone(sleep, "the sleep of a JVM that ended");
    } finally {
      jvm.destroyForcibly();
    }
  }
}
