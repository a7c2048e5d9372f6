package dev.docket.runtime.param;

import java.util.stream.LongStream;

/**
 * A range of whole numbers written {@code start:end}, end exclusive as in Python's slices (law
 * writes branch ranges so): {@code 0:10} is 0 to 9. {@code 5:5} is empty.
 *
 * @param start the first number
 * @param end one past the last number; at least {@code start}
 */
public record IntRange(long start, long end) {
  /** The accepted form, for messages. */
  public static final String EXPECTED = "a range start:end of whole numbers, end exclusive, e.g. 0:10";

  public IntRange {
    if (end < start) {
      throw new IllegalArgumentException(
          "the end " + end + " of a range must not be before its start " + start);
    }
  }

  /**
   * Parses {@code start:end}.
   *
   * @throws IllegalArgumentException naming {@link #EXPECTED} for anything else
   */
  public static IntRange parse(String text) {
    String[] parts = text.strip().split(":", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(EXPECTED);
    }
    try {
      long start = Long.parseLong(parts[0].strip());
      long end = Long.parseLong(parts[1].strip());
      if (end < start) {
        throw new IllegalArgumentException(EXPECTED + "; the end must not be before the start");
      }
      return new IntRange(start, end);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(EXPECTED, e);
    }
  }

  public boolean contains(long value) {
    return value >= start && value < end;
  }

  public long size() {
    return end - start;
  }

  public LongStream values() {
    return LongStream.range(start, end);
  }

  @Override
  public String toString() {
    return start + ":" + end;
  }
}
