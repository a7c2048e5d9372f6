package dev.docket.runtime.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSpawnSignalsTest {
  @TempDir Path dir;

  /** pthread_sigmask, to block signals on the calling thread as a JVM's parent may have. */
  interface C extends com.sun.jna.Library {
    C LIBRARY = com.sun.jna.Native.load("c", C.class);

    int pthread_sigmask(int how, long[] set, long[] old);
  }

  @Test
  void theChildStartsWithNoSignalBlockedWhateverTheCallersMask() throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    Path log = dir.resolve("signals.log");
    long[] old = new long[16];
    long[] block = new long[16];
    block[0] = 1L << 1 | 1L << 12 | 1L << 14; // SIGINT, SIGPIPE, SIGTERM
    assertEquals(0, C.LIBRARY.pthread_sigmask(0 /* SIG_BLOCK */, block, old));
    try {
      int pid = NativeSpawn.start(List.of("grep", "-E", "^Sig(Blk|Ign)", "/proc/self/status"), null, log,
          Map.of());
      assertEquals(0, NativeSpawn.waitFor(pid));
    } finally {
      C.LIBRARY.pthread_sigmask(2 /* SIG_SETMASK */, old, null);
    }
    // The JVM's own dispositions are left alone: ignoring SIGINT here would race RunSignalsTest.
    List<String> lines = Files.readAllLines(log);
    assertEquals("SigBlk:\t0000000000000000", lines.get(0));
    long ignored = Long.parseUnsignedLong(lines.get(1).substring("SigIgn:\t".length()), 16);
    assertEquals(0, ignored & block[0], lines.get(1));
  }

  @Test
  void theChildIgnoresTheTerminalsStopSignalsSoAReadOfTheTerminalFailsInsteadOfHanging()
      throws Exception {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux on x86-64 or AArch64 only");
    Path log = dir.resolve("ignored.log");
    int pid = NativeSpawn.start(List.of("grep", "^SigIgn", "/proc/self/status"), null, log, Map.of());
    assertEquals(0, NativeSpawn.waitFor(pid));
    String line = Files.readAllLines(log).get(0);
    long ignored = Long.parseUnsignedLong(line.substring("SigIgn:\t".length()), 16);
    long stops = 1L << 20 | 1L << 21; // SIGTTIN (21), SIGTTOU (22)
    assertEquals(stops, ignored & stops, line);
  }
}
