package dev.docket.runtime.internal.cli;

import java.util.Locale;

/**
 * The user at a terminal, for confirmations. Bound into the component, so tests can play the
 * user; {@link #system()} is the real one.
 */
interface Terminal {
  /** Whether a person can answer: {@code System.console() != null}. */
  boolean interactive();

  /** Shows {@code prompt} and reads one line; {@code null} at end of input. */
  String readLine(String prompt);

  /**
   * Asks {@code question} with {@code [y/N]} appended: true for {@code y} or {@code yes} (any
   * case, blanks around ignored); anything else, end of input included, is no.
   */
  default boolean confirm(String question) {
    String answer = readLine(question + " [y/N] ");
    return answer != null && answer.strip().toLowerCase(Locale.ROOT).matches("y|yes");
  }

  /** The process's console, if it has one. */
  static Terminal system() {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return System.console() != null;
      }

      @Override
      public String readLine(String prompt) {
        return System.console() == null ? null : System.console().readLine("%s", prompt);
      }
    };
  }

  /** A terminal nobody answers, as in a batch job or a pipe. */
  static Terminal none() {
    return new Terminal() {
      @Override
      public boolean interactive() {
        return false;
      }

      @Override
      public String readLine(String prompt) {
        return null;
      }
    };
  }
}
