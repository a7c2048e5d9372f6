package dev.docket.runtime.spi.param;

/**
 * Whole numbers as the command line and {@code docket.cfg} accept them: an optional sign and the
 * ASCII digits 0-9. Java's {@code Integer.parseInt} also takes the digits of other scripts
 * ({@code ٤}, fullwidth {@code ４}); a value that looks like a number to the user but is read
 * differently by a script or a colleague's terminal is refused instead.
 */
public final class WholeNumbers {
  private WholeNumbers() {}

  /** {@code text} (surrounding blanks ignored) as an int; {@link NumberFormatException} if not one. */
  public static int parseInt(String text) {
    return Integer.parseInt(ascii(text));
  }

  /** {@code text} (surrounding blanks ignored) as a long; {@link NumberFormatException} if not one. */
  public static long parseLong(String text) {
    return Long.parseLong(ascii(text));
  }

  /**
   * {@code text} stripped, if every character is ASCII; Java's number parsers accept every
   * Unicode digit, so any other character must be refused before them.
   */
  static String ascii(String text) {
    String stripped = text.strip();
    for (int i = 0; i < stripped.length(); i++) {
      if (stripped.charAt(i) > 0x7f) {
        throw new NumberFormatException("not an ASCII number: " + text);
      }
    }
    return stripped;
  }
}
