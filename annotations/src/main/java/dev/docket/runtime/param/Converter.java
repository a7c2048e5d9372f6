package dev.docket.runtime.param;

/**
 * Converts a parameter between its command-line text and its Java value. {@code parse} and
 * {@code format} are inverse: {@code parse(format(v))} equals {@code v}.
 */
public interface Converter<T> {
  /**
   * Parses text as written on the command line or in {@code docket.cfg}.
   *
   * @throws IllegalArgumentException when the text is not of the expected form
   */
  T parse(String text);

  /** Formats a value so that {@link #parse} gives it back. */
  String format(T value);

  /** The expected form, for messages and help, e.g. {@code "a whole number, e.g. 4"}. */
  String expectation();

  /**
   * The complete list of accepted values when there is one (an enum's constants, true and
   * false), for shell completion; empty otherwise.
   */
  default java.util.List<String> choices() {
    return java.util.List.of();
  }
}
