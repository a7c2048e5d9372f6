package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the progress of a tool is read from {@code /proc/<pid>/io}. */
class IdleWatchTest {
  @TempDir Path dir;

  @Test
  void progressIsTheBytesReadPlusTheBytesWrittenOnly() throws Exception {
    Path io = Files.writeString(dir.resolve("io"),
        "rchar: 1000\nwchar:   234\nsyscr: 7\nsyscw: 9\nread_bytes: 4096\nwrite_bytes: 8192\n");

    assertThat(IdleWatch.bytesMoved(io)).isEqualTo(1234);
  }

  @Test
  void aFileTheKernelDidNotWriteOrThatIsMissingSaysNothing() throws Exception {
    assertThat(IdleWatch.bytesMoved(dir.resolve("missing"))).isEqualTo(-1);
    assertThat(IdleWatch.bytesMoved(Files.writeString(dir.resolve("io"), "rchar: many\n"))).isEqualTo(-1);
    assertThat(IdleWatch.bytesMoved(Files.writeString(dir.resolve("empty"), ""))).isEqualTo(0);
  }

  @Test
  void aRealProcessHasProgressToRead() {
    Path own = Path.of("/proc", Long.toString(ProcessHandle.current().pid()), "io");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(own), "needs Linux /proc/<pid>/io");

    assertThat(IdleWatch.bytesMoved(own)).isGreaterThan(0L);
  }

  @Test
  void aPauseShorterThanTheIdleLimitIsWaitedOut() throws Exception {
    // Half a second without a byte moved: past the first polls, well within the limit.
    Process pausing = new ProcessBuilder("sleep", "0.5").start();

    assertThat(IdleWatch.waitFor(pausing, Duration.ofSeconds(20))).isTrue();
    assertThat(pausing.isAlive()).isFalse();
  }

  @Test
  void aProcessIdleForTheLimitIsGivenUpWhileItStillRuns() throws Exception {
    Process idle = new ProcessBuilder("sleep", "30").start();
    try {
      assertThat(IdleWatch.waitFor(idle, Duration.ofMillis(300))).isFalse();
      assertThat(idle.isAlive()).isTrue();
    } finally {
      idle.destroyForcibly();
    }
  }
}
