package dev.docket.runtime.internal.cli;

import java.util.Map;

/**
 * The options that {@code run <Family>} was given, whichever parser read them (picocli's
 * {@link ArgumentParser} or the {@link QuickRunParser}), so that {@link RunOptions} are made
 * from them in one place.
 *
 * @param given each option given, e.g. {@code --workers}, with its value ({@code ""} for a flag)
 */
record MatchedOptions(Map<String, String> given) {
  /** The value given to {@code option}, or {@code null} when it was not given. */
  String value(String option) {
    return given.get(option);
  }

  /** Whether {@code option} was given. */
  boolean has(String option) {
    return given.containsKey(option);
  }
}
