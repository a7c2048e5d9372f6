package dev.docket.runtime.internal.batch;

/** A workflow whose jobs failed beyond its retries and acceptance threshold. */
final class JobsFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public JobsFailedException(String message) {
    super(message, null, false, false); // the message says it all; no trace needed
  }
}
