package dev.docket.runtime.spi.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a process while it makes progress: the bytes it has read and written so far, as
 * the kernel counts them in {@code /proc/<pid>/io}, looked at a few times a second. A tool that
 * moves data (a copy) may take as long as it needs; one that stops moving any is given up.
 */
final class IdleWatch {
  private static final long POLL_MILLIS = 200;

  private IdleWatch() {}

  /** Whether {@code process} ended before it had been idle for {@code idle}. */
  static boolean waitFor(Process process, Duration idle) throws InterruptedException {
    Path io = Path.of("/proc", Long.toString(process.pid()), "io");
    long moved = bytesMoved(io);
    long quietSince = System.nanoTime();
    while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
      long now = bytesMoved(io);
      if (now != moved) {
        moved = now;
        quietSince = System.nanoTime();
      } else if (System.nanoTime() - quietSince > idle.toNanos()) {
        return false;
      }
    }
    return true;
  }

  /** The bytes a process has read and written so far; -1 where the kernel does not say. */
  static long bytesMoved(Path io) {
    try {
      long total = 0;
      for (String line : Files.readAllLines(io)) {
        if (line.startsWith("rchar:") || line.startsWith("wchar:")) {
          total += Long.parseLong(line.substring(6).trim());
        }
      }
      return total;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
