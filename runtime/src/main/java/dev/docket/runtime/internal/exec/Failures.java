package dev.docket.runtime.internal.exec;

import dev.docket.runtime.internal.graph.RequirementCycleException;
import dev.docket.runtime.internal.store.OutputWriteException;
import dev.docket.runtime.spi.storage.StorageException;

/** How failures read in progress lines and the summary. */
public final class Failures {
  private Failures() {}

  /** {@code IOException: disk full}; the runtime's own failures show their message alone. */
  public static String firstLine(Throwable error) {
    String message = error.getMessage();
    if (isRuntimeFailure(error)) {
      return message;
    }
    String name = error.getClass().getSimpleName();
    if (message == null || message.isBlank()) {
      return name;
    }
    int newline = message.indexOf('\n');
    return name + ": " + (newline < 0 ? message : message.substring(0, newline)).strip();
  }

  /**
   * Failures the runtime detects itself: their stack trace says nothing about user code. A
   * storage fault (after the runtime's retries) is one: its message names the URL and the fix.
   */
  static boolean isRuntimeFailure(Throwable error) {
    return error instanceof StorageException
        || error instanceof java.io.UncheckedIOException && error.getCause() instanceof StorageException
        || error instanceof MissingOutputException
        || error instanceof RequirementCycleException
        || error instanceof TaskTimeoutException
        || error instanceof DynamicRequirementException
        || error instanceof OutputWriteException;
  }
}
