package dev.docket.runtime;

/**
 * A user's mistake: an unknown task or parameter, a malformed value, a bad configuration. The
 * message is complete advice for the user (what is wrong, which culprit, how to fix it); the
 * command line prints it alone, without a stack trace, and exits with status 2.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message, null, false, false);
  }
}
