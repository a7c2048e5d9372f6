package dev.docket.runtime.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSpawnTest {
  @TempDir Path dir;

  @BeforeEach
  void onLinux() {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
  }

  @Test
  void readyAnswersTrueOnceLoadedAndNeverWaits() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!NativeSpawn.ready()) {
      assertTrue(System.nanoTime() < deadline, "JNA never became ready");
      Thread.onSpinWait(); // the loader thread sets it; nothing else to wait on
    }
    assertTrue(NativeSpawn.ready());
  }

  @Test
  void aBoundedWaitAnswersMinusOneWhileTheProgramRunsThenItsSignal() throws Exception {
    int pid = NativeSpawn.start(List.of("sleep", "60"), null, null, Map.of());
    assertEquals(-1, NativeSpawn.waitFor(pid, 20));
    assertTrue(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    NativeSpawn.signal(pid, 9);
    assertEquals(128 + 9, NativeSpawn.waitFor(pid, TimeUnit.SECONDS.toMillis(30)));
    assertFalse(ProcessHandle.of(pid).isPresent(), "the ended program was not reaped");
  }

  @Test
  void anInterruptedWaitLeavesTheProgramToItsCaller() throws Exception {
    int pid = NativeSpawn.start(List.of("sleep", "60"), null, null, Map.of());
    Thread.currentThread().interrupt();
    assertThrows(InterruptedException.class, () -> NativeSpawn.waitFor(pid));
    assertFalse(Thread.currentThread().isInterrupted(), "the interrupt was consumed by the exception");
    NativeSpawn.signal(pid, 15);
    assertEquals(128 + 15, NativeSpawn.waitFor(pid, TimeUnit.SECONDS.toMillis(30)));
  }

  @Test
  void theChildKeepsOnlyItsStandardDescriptors() throws Exception {
    Path log = dir.resolve("fds.log");
    try (var held = Files.newOutputStream(dir.resolve("held"))) { // one more open descriptor here
      int pid = NativeSpawn.start(List.of("ls", "/proc/self/fd"), null, log, Map.of());
      assertEquals(0, NativeSpawn.waitFor(pid));
    }
    // 0, 1, 2 and the directory ls reads /proc/self/fd through
    assertTrue(Files.readAllLines(log).size() <= 4, Files.readString(log));
  }

  @Test
  void aProgramThatCannotStartSaysWhy() {
    IOException e = assertThrows(
        IOException.class, () -> NativeSpawn.start(List.of(dir.resolve("absent").toString()), null, null, Map.of()));
    assertEquals("No such file or directory", e.getMessage());
    assertThrows(IOException.class, () -> NativeSpawn.start(List.of("true"), dir.resolve("absent"), null, Map.of()));
  }

  @Test
  void statusesAreDecodedAsTheJdkDoes() {
    assertEquals(3, NativeSpawn.decode(3 << 8));
    assertEquals(128 + 15, NativeSpawn.decode(15));
    assertEquals(0, NativeSpawn.decode(0));
  }
}
