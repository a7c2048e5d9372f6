package dev.docket.runtime.internal.store;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * An output file could not be written (disk full, quota, read-only file system, ...): one line
 * that names the output, not its temporary file, says what happened and what to do, e.g.
 * {@code cannot write /store/gen/v1/ttbar.csv: No space left on device; free space on its
 * disk, then run again (nothing of the file was kept)}.
 */
public final class OutputWriteException extends IOException {
  private static final long serialVersionUID = 1L;

  private OutputWriteException(String message, IOException cause) {
    super(message, cause);
  }

  /**
   * {@code cause}, said of {@code destination}; an interrupt (the run was stopped) and a failure
   * already said so are left as they are.
   */
  static IOException of(Path destination, IOException cause) {
    if (cause instanceof OutputWriteException
        || cause instanceof InterruptedIOException
        || cause instanceof ClosedByInterruptException) {
      return cause;
    }
    String reason = reason(cause);
    return new OutputWriteException(
        "cannot write " + destination + ": " + reason + advice(reason)
            + " (nothing of the file was kept)",
        cause);
  }

  /**
   * What the system said, on one line, without the file name that it puts first: e.g. "No space
   * left on device", "permission denied".
   */
  static String reason(IOException cause) {
    String reason =
        cause instanceof FileSystemException fs && fs.getReason() != null
            ? fs.getReason()
            : cause instanceof AccessDeniedException ? "permission denied" : cause.getMessage();
    if (reason == null || reason.isBlank()) {
      reason = cause.getClass().getSimpleName();
    }
    return reason.replace('\n', ' ').strip();
  }

  private static String advice(String reason) {
    if (reason.contains("No space left")) {
      return "; free space on its disk, then run the same command again";
    }
    if (reason.contains("quota")) {
      return "; the disk quota is used up: free space or ask for more, then run again";
    }
    if (reason.contains("Read-only file system")) {
      return "; its file system is read-only: set [core] store in docket.cfg to a writable"
          + " directory";
    }
    return "";
  }
}
