package dev.docket.runtime.spi.param;

/**
 * Shows user text inside a one-line message: control characters escaped ({@code \n},
 * {@code \u0000}) so that a value cannot break the line, and very long text shortened.
 */
public final class Quoting {
  private static final int MAX = 80;

  private Quoting() {}

  /** {@code text} between single quotes, safe for one line. */
  public static String quote(String text) {
    return "'" + clean(text) + "'";
  }

  /** {@code text} safe for one line, without quotes; a long one shortened. */
  public static String clean(String text) {
    if (text.length() <= MAX) {
      return escape(text);
    }
    return escape(text.substring(0, MAX)) + "...(" + text.length() + " characters)";
  }

  /**
   * {@code text} safe for one line, never shortened (a path the user must find): line breaks,
   * tabs and other control characters escaped as in Java.
   */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
