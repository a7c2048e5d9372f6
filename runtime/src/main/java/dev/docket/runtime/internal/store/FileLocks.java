package dev.docket.runtime.internal.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;

/** Waiting for an exclusive lock on a file that other processes of Docket lock too. */
public final class FileLocks {
  private FileLocks() {}

  /**
   * Polls with {@code tryLock} rather than blocking in {@code lock}: the kernel tracks file
   * locks per process, so two processes whose threads each hold one lock and wait for one the
   * other holds would look like a deadlock to it ({@code EDEADLK}), though each holder finishes
   * its work and lets go.
   *
   * @param what what is waited for, for the message when the wait is interrupted
   */
  public static FileLock waitFor(FileChannel channel, String what) throws IOException {
    return waitFor(channel, 0, Long.MAX_VALUE, what);
  }

  /** Like {@link #waitFor(FileChannel, String)}, for the {@code size} bytes at {@code position}. */
  public static FileLock waitFor(FileChannel channel, long position, long size, String what)
      throws IOException {
    long pause = 1;
    while (true) {
      FileLock lock = channel.tryLock(position, size, false);
      if (lock != null) {
        return lock;
      }
      try {
        Thread.sleep(pause);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting for " + what);
      }
      pause = Math.min(pause * 2, 50);
    }
  }
}
