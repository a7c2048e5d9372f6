package dev.docket.runtime.internal.exec;

/** A task's {@code run} returned without creating one of its outputs. */
final class MissingOutputException extends Exception {
  private static final long serialVersionUID = 1L;

  MissingOutputException(String output) {
    super("run() finished but output " + output + " does not exist", null, false, false);
  }
}
