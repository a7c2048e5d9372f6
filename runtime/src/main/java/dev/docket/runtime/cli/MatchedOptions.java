package dev.docket.runtime.cli;

/**
 * The options that {@code run <Family>} was given, whichever parser read them (picocli's
 * {@link ArgumentParser} or the {@link QuickRunParser}), so that {@link RunOptions} are made
 * from them in one place.
 */
interface MatchedOptions {
  /** The value given to {@code option}, or {@code null} when it was not given. */
  String value(String option);

  /** Whether {@code option} was given. */
  boolean has(String option);
}
