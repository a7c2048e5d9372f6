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

  /** {@code text} safe for one line, without quotes. */
  public static String clean(String text) {
    StringBuilder out = new StringBuilder();
    int shown = Math.min(text.length(), MAX);
    for (int i = 0; i < shown; i++) {
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
    if (text.length() > MAX) {
      out.append("...(").append(text.length()).append(" characters)");
    }
    return out.toString();
  }
}
