package dev.docket.runtime.spi;

/**
 * Lengths of the values in an identity's text, for the generated {@code Foo_Params.idOf}: it
 * makes its {@code StringBuilder} at the text's size where whole numbers and text make it, so
 * that identifying a task (every task of a graph, at planning) usually allocates the builder's
 * array once, instead of a fixed size that is too large for a short identity and grows for a
 * long one. The size is an estimate where a value is formatted or boxed, and text outside
 * Latin-1 widens the array; the identity is the same either way, only its cost differs.
 */
public final class IdentityText {
  private IdentityText() {}

  /** The length of {@code value}'s decimal text, as {@code StringBuilder.append} writes it. */
  public static int length(long value) {
    if (value == Long.MIN_VALUE) {
      return 20; // the one value Math.abs leaves negative
    }
    int sign = value < 0 ? 1 : 0;
    long rest = Math.abs(value);
    long bound = 10;
    for (int digits = 1; digits <= 18; digits++) {
      if (rest < bound) {
        return sign + digits;
      }
      bound *= 10;
    }
    return sign + 19;
  }

  /** The length of {@code text} as {@code StringBuilder.append} writes it: 4 for null. */
  public static int length(String text) {
    return text == null ? 4 : text.length();
  }
}
