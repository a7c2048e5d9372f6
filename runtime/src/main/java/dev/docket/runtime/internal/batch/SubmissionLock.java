package dev.docket.runtime.internal.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Which client drives a submission: the one holding an exclusive operating-system lock on
 * {@code client.lock} in the submission directory. Only the driver submits, polls the batch
 * system and writes the record; another client started on the same workflow follows the
 * record until the lock is free. The kernel releases the lock when its holder dies, even by
 * {@code SIGKILL}, so a follower then takes over the jobs in flight, as a restarted client
 * does. The holder writes its process id into the file, so that others can name it.
 */
final class SubmissionLock implements AutoCloseable {
  static final String FILE = "client.lock";

  private final Path file;
  private final FileChannel channel;
  private FileLock lock;

  private SubmissionLock(Path file, FileChannel channel) {
    this.file = file;
    this.channel = channel;
  }

  static SubmissionLock open(Path directory) throws IOException {
    Path file = directory.resolve(FILE);
    return new SubmissionLock(file, FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE));
  }

  /** Takes the lock if no other client holds it; whether this client now holds it. */
  boolean tryAcquire() throws IOException {
    if (lock != null) {
      return true;
    }
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      return false; // another thread of this process drives it
    }
    if (lock != null) {
      channel.truncate(0);
      channel.write(ByteBuffer.wrap(
          Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)), 0);
    }
    return lock != null;
  }

  /**
   * Whether a client holds the lock of the submission in {@code directory}, asked without
   * writing anything (a shared lock on a file opened for reading, let go at once), so that a
   * look at a read-only store works: the holder ({@code " (pid 1234)"} or {@code ""}) when one
   * does, empty when none does or the question cannot be asked.
   */
  static Optional<String> heldBy(Path directory) {
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      FileLock probe;
      try {
        probe = channel.tryLock(0, Long.MAX_VALUE, true);
      } catch (OverlappingFileLockException e) {
        probe = null; // this process holds it
      }
      if (probe != null) {
        probe.release();
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(holder(file));
  }

  /** {@code " (pid 1234)"}: the holder as it wrote itself down, or nothing when unknown. */
  String holder() {
    return holder(file);
  }

  private static String holder(Path file) {
    try {
      String pid = Files.readString(file, StandardCharsets.UTF_8).strip();
      return pid.matches("[0-9]{1,19}") ? " (pid " + pid + ")" : "";
    } catch (IOException e) {
      return "";
    }
  }

  @Override
  public void close() throws IOException {
    channel.close(); // releases the lock too
  }
}
