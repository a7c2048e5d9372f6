package dev.docket.runtime.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A shell that starts a {@code sleep 60} in the background and waits for it, as a task's
 * {@code sh -c} script may: the sleep is the program's child, and must not outlive a stop.
 */
public final class Grandchild {
  private final Path pidFile;

  public Grandchild(Path dir) {
    this.pidFile = dir.resolve("grandchild.pid");
  }

  /** The shell's arguments; {@code prelude} runs first (a trap, say). */
  public List<String> shell(String prelude) {
    return List.of("/bin/sh", "-c", prelude + " sleep 60 & echo $! > " + pidFile + ".tmp; mv "
        + pidFile + ".tmp " + pidFile + "; wait");
  }

  /** The sleep's process id, once the shell has written it. */
  public long pid() throws IOException, InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (!Files.exists(pidFile)) {
      assertTrue(System.nanoTime() < deadline, "the shell never started its sleep");
      Thread.sleep(5); // the shell's own start: nothing to wait on but its file
    }
    return Long.parseLong(Files.readString(pidFile).strip());
  }

  /**
   * Fails unless {@code pid} has ended within a few seconds: an orphan that was killed is
   * reaped by init, not by this JVM, so its end is seen a moment later.
   */
  public static void assertGone(long pid, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (running(pid)) {
      if (System.nanoTime() > deadline) {
        fail(what + " (process " + pid + ") still runs");
      }
      Thread.sleep(5);
    }
  }

  /** Alive and not a zombie. */
  public static boolean running(long pid) {
    try {
      String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
      return stat.charAt(stat.lastIndexOf(')') + 2) != 'Z';
    } catch (IOException gone) {
      return false;
    }
  }
}
