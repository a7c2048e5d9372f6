package dev.docket.runtime.internal.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Real mounts for the store tests (full and read-only disks); they need root, else tests skip. */
public final class Mounts {
  private Mounts() {}

  /** Mounts a 64 KiB tmpfs on {@code dir}; false where mounting is not permitted. */
  public static boolean tmpfs(Path dir) throws InterruptedException {
    return command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", dir.toString());
  }

  /** Remounts the file system on {@code dir} read-only. */
  public static boolean readOnly(Path dir) throws InterruptedException {
    return command("mount", "-o", "remount,ro", dir.toString());
  }

  public static boolean unmount(Path dir) throws InterruptedException {
    return command("umount", dir.toString());
  }

  private static boolean command(String... words) throws InterruptedException {
    try {
      Process process = new ProcessBuilder(words).redirectErrorStream(true).start();
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
