package dev.docket.runtime.param;

/**
 * An interval of numbers written {@code low:high}, low inclusive and high exclusive, e.g. a cut
 * window {@code 0.5:2.5}. Both bounds are finite.
 *
 * @param low the lower bound, included
 * @param high the upper bound, excluded; at least {@code low}
 */
public record DoubleRange(double low, double high) {
  /** The accepted form, for messages. */
  public static final String EXPECTED = "a range low:high of numbers, high exclusive, e.g. 0.5:2.5";

  public DoubleRange {
    if (!Double.isFinite(low) || !Double.isFinite(high) || high < low) {
      throw new IllegalArgumentException(EXPECTED);
    }
  }

  /**
   * Parses {@code low:high}.
   *
   * @throws IllegalArgumentException naming {@link #EXPECTED} for anything else
   */
  public static DoubleRange parse(String text) {
    String[] parts = text.strip().split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(EXPECTED);
    }
    try {
      return new DoubleRange(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(EXPECTED, e);
    }
  }

  public boolean contains(double value) {
    return value >= low && value < high;
  }

  @Override
  public String toString() {
    return low + ":" + high;
  }
}
