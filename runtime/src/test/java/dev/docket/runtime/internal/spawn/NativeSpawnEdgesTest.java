package dev.docket.runtime.internal.spawn;

import static com.google.common.truth.Truth.assertThat;
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
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * NativeSpawn at its edges: the binding's lazy load, the environment a program inherits, waits
 * that end at once, and waits for what cannot be waited for.
 */
class NativeSpawnEdgesTest {
  @TempDir Path dir;

  @BeforeEach
  void onLinux() {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
  }

  @AfterEach
  void loaded() {
    NativeSpawn.STATE.set(2); // what every other test of this JVM may expect by now
  }

  @Test
  void theFirstAskStartsTheLoadAndNeverWaitsForIt() {
    NativeSpawn.STATE.set(0); // a run's first program
    assertFalse(NativeSpawn.ready(), "the first program must go through the JDK, not wait for JNA");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!NativeSpawn.ready()) {
      assertTrue(System.nanoTime() < deadline, "the loader thread never said it was done");
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
    NativeSpawn.STATE.set(1);
    assertFalse(NativeSpawn.ready(), "still loading: not ready");
    NativeSpawn.STATE.set(3);
    assertFalse(NativeSpawn.ready(), "unavailable: never ready");
  }

  @Test
  void aProgramInheritsThisProcesssEnvironment() throws Exception {
    Path log = dir.resolve("env.log");
    int pid = NativeSpawn.start(List.of("env"), null, log, Map.of());
    assertEquals(0, NativeSpawn.waitFor(pid));
    assertThat(Files.readAllLines(log)).contains("PATH=" + System.getenv("PATH"));
  }

  @Test
  void addedVariablesComeOnTopOfThisProcesssOwn() throws Exception {
    Path log = dir.resolve("env.log");
    int pid = NativeSpawn.start(List.of("env"), dir, log, Map.of("DOCKET_SPAWN_TEST", "a b=c"));
    assertEquals(0, NativeSpawn.waitFor(pid));
    List<String> lines = Files.readAllLines(log);
    assertThat(lines).containsAtLeast("DOCKET_SPAWN_TEST=a b=c", "PATH=" + System.getenv("PATH"));
  }

  @Test
  void aWaitOfNoTimeOnlyLooks() throws Exception {
    int pid = NativeSpawn.start(List.of("sleep", "60"), null, null, Map.of());
    try {
      assertEquals(-1, NativeSpawn.waitFor(pid, 0));
    } finally {
      NativeSpawn.signal(pid, 9);
      assertEquals(128 + 9, NativeSpawn.waitFor(pid, TimeUnit.SECONDS.toMillis(30)));
    }
  }

  @Test
  void theWaitEndsWhenTheProgramHasEndedNotAtTheNextLookAtTheClock() throws Exception {
    // The program's pidfd wakes the waiting thread; without it every wait would last until the
    // poll's next timeout, 100 ms.
    long waited = 0;
    for (int i = 0; i < 10; i++) {
      int pid = NativeSpawn.start(List.of("true"), null, null, Map.of());
      awaitEnded(pid);
      long begin = System.nanoTime();
      assertEquals(0, NativeSpawn.waitFor(pid));
      waited += System.nanoTime() - begin;
    }
    assertThat(TimeUnit.NANOSECONDS.toMillis(waited)).isLessThan(500L);
  }

  @Test
  void aProcessThatIsNotOurChildCannotBeWaitedFor() {
    int self = (int) ProcessHandle.current().pid();
    IOException e = assertThrows(IOException.class, () -> NativeSpawn.waitFor(self));
    assertThat(e).hasMessageThat().startsWith("cannot wait for process " + self + ": ");
  }

  @Test
  void aProcessThatIsGoneCannotBeWaitedFor() throws Exception {
    int pid = NativeSpawn.start(List.of("true"), null, null, Map.of());
    assertEquals(0, NativeSpawn.waitFor(pid));
    IOException e = assertThrows(IOException.class, () -> NativeSpawn.waitFor(pid));
    assertThat(e).hasMessageThat().startsWith("cannot wait for process " + pid + ": ");
  }

  @Test
  void eachWaitClosesTheDescriptorItWaitedThrough() throws Exception {
    long before = openDescriptors();
    for (int i = 0; i < 40; i++) {
      int pid = NativeSpawn.start(List.of("true"), null, null, Map.of());
      assertEquals(0, NativeSpawn.waitFor(pid));
    }
    // one pidfd left open per wait would be 40 more; other threads may open a few of their own
    assertThat(openDescriptors() - before).isLessThan(20L);
  }

  @Test
  @Timeout(60) // a reap that took a failure for an interrupted wait would try again for ever
  void aKilledProgramIsReapedWithItsSignalAndWhatIsNotOurChildAtOnce() throws Exception {
    int pid = NativeSpawn.start(List.of("sleep", "60"), null, null, Map.of());
    NativeSpawn.signal(pid, 9);
    assertEquals(128 + 9, NativeSpawn.reap(pid));
    assertFalse(ProcessHandle.of(pid).isPresent(), "the killed program was not reaped");
    assertEquals(-1, NativeSpawn.reap(pid), "reaped twice");
    assertEquals(-1, NativeSpawn.reap((int) ProcessHandle.current().pid()));
  }

  private static long openDescriptors() throws IOException {
    try (var fds = Files.list(Path.of("/proc/self/fd"))) {
      return fds.count();
    }
  }

  /** Until {@code pid} is a zombie: ended, not yet waited for. */
  private static void awaitEnded(int pid) throws IOException {
    Path stat = Path.of("/proc", Integer.toString(pid), "stat");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (true) {
      String line = Files.readString(stat);
      if (line.substring(line.lastIndexOf(')') + 2).startsWith("Z")) {
        return;
      }
      assertTrue(System.nanoTime() < deadline, "process " + pid + " did not end: " + line);
      LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(1));
    }
  }
}
