package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.testkit.RequiredService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Waiting for a file lock: at once when the file is free, until another process lets go when it
 * holds the lock, and an interrupt ends the wait with a message naming what was waited for.
 * Inside one JVM a second lock is refused with an exception rather than waited for, so the
 * holder is another process: a python3 that locks the file with {@code lockf} (POSIX locks,
 * the kind Java's take on Linux) until its standard input closes.
 */
class FileLocksTest {
  @TempDir Path dir;

  private FileChannel open(Path file) throws IOException {
    return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
  }

  @Test
  void aFreeFileIsLockedAtOnceExclusivelyWholeOrInPart() throws IOException {
    try (FileChannel channel = open(dir.resolve("locks"))) {
      try (FileLock whole = FileLocks.waitFor(channel, "the whole file")) {
        assertThat(whole.isValid()).isTrue();
        assertThat(whole.isShared()).isFalse();
        assertThat(whole.position()).isEqualTo(0);
        assertThat(whole.size()).isEqualTo(Long.MAX_VALUE);
      }
      try (FileLock part = FileLocks.waitFor(channel, 5, 3, "three bytes")) {
        assertThat(part.isShared()).isFalse();
        assertThat(part.position()).isEqualTo(5);
        assertThat(part.size()).isEqualTo(3);
      }
    }
  }

  /** The other process; ended after each test. */
  private Process other;

  @AfterEach
  void endTheHolder() {
    if (other != null) {
      other.destroyForcibly();
    }
  }

  /**
   * A new file, and a python3 ({@link #other}) holding an exclusive lock on the whole of it until
   * its input closes.
   */
  private Path lockedByAnotherProcess() throws IOException {
    Path file = Files.createFile(dir.resolve("locks"));
    RequiredService.require(RequiredService.find("python3").isPresent(),
        "python3 is not on the PATH: install it (apt-get install python3)");
    Process process = new ProcessBuilder("python3", "-c",
        "import fcntl, sys\n"
            + "f = open(sys.argv[1], 'r+')\n"
            + "fcntl.lockf(f, fcntl.LOCK_EX)\n"
            + "print('locked', flush=True)\n"
            + "sys.stdin.read()\n",
        file.toString())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    other = process;
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    assertThat(out.readLine()).isEqualTo("locked");
    return file;
  }

  @Test
  void aLockHeldByAnotherProcessIsWaitedForUntilItLetsGo() throws Exception {
    try (FileChannel channel = open(lockedByAnotherProcess())) {
      CompletableFuture<FileLock> waiting =
          CompletableFuture.supplyAsync(() -> {
            try {
              return FileLocks.waitFor(channel, "the lock");
            } catch (IOException e) {
              throw new IllegalStateException(e);
            }
          });
      assertThrows(TimeoutException.class, () -> waiting.get(300, TimeUnit.MILLISECONDS));
      other.getOutputStream().close(); // the holder ends, and the kernel drops its lock
      assertThat(other.waitFor(30, TimeUnit.SECONDS)).isTrue();
      try (FileLock lock = waiting.get(30, TimeUnit.SECONDS)) {
        assertThat(lock.isValid()).isTrue();
      }
    }
  }

  @Test
  void anInterruptEndsTheWaitNamingWhatWasWaitedForAndStaysSet() throws Exception {
    try (FileChannel channel = open(lockedByAnotherProcess())) {
      Thread.currentThread().interrupt();
      InterruptedIOException stopped = assertThrows(InterruptedIOException.class,
          () -> FileLocks.waitFor(channel, 0, 1, "the output lock of Selection"));
      assertThat(stopped).hasMessageThat()
          .isEqualTo("interrupted while waiting for the output lock of Selection");
      assertThat(Thread.interrupted()).isTrue(); // and clears it for the next test
    } finally {
      Thread.interrupted();
    }
  }
}
