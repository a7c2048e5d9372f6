package dev.docket.runtime.spi.param;

import java.util.AbstractMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of resource amounts ({@code 2}, {@code 512M}, {@code 4G}) and of the entries
 * {@code name=amount} that say what a task holds while it runs. {@code docket.cfg} ({@code
 * [resources]}, {@code [<Family>] resources}) and the processor (checking
 * {@code @Task(resources = ...)} when it compiles) both parse with it, so what compiles is what
 * runs.
 */
public final class ResourceAmounts {
  /** What an amount looks like, for messages. */
  public static final String EXPECTED_AMOUNT =
      "a whole number, optionally with K, M, G or T (e.g. 4G)";

  /** What an entry looks like, for messages. */
  public static final String EXPECTED_ENTRY = "name=amount pairs such as cpu=2, memory=4G, db=1";

  private static final Pattern AMOUNT = Pattern.compile("(\\d+)\\s*([kKmMgGtT])?[bB]?");

  private ResourceAmounts() {}

  /**
   * {@code 2}, {@code 512M}, {@code 4G}: a whole number with an optional binary suffix (an
   * optional {@code B} after it is allowed).
   *
   * @throws IllegalArgumentException with {@link #EXPECTED_AMOUNT} when it is not one, or too
   *     large for a {@code long}
   */
  public static long parseAmount(String text) {
    Matcher m = AMOUNT.matcher(text.strip());
    if (!m.matches()) {
      throw new IllegalArgumentException(EXPECTED_AMOUNT);
    }
    int shift =
        switch (m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT)) {
          case "K" -> 10;
          case "M" -> 20;
          case "G" -> 30;
          case "T" -> 40;
          default -> 0;
        };
    try {
      long value = Long.parseLong(m.group(1));
      if (value > (Long.MAX_VALUE >> shift)) {
        throw new IllegalArgumentException(EXPECTED_AMOUNT);
      }
      return value << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(EXPECTED_AMOUNT, e);
    }
  }

  /**
   * {@code db=1}: the resource's name (stripped) and its amount.
   *
   * @throws IllegalArgumentException with {@link #EXPECTED_ENTRY} when there is no {@code =} or
   *     no name, with {@link #EXPECTED_AMOUNT} when the amount is bad
   */
  public static Map.Entry<String, Long> parseEntry(String entry) {
    String[] kv = entry.split("=", 2);
    if (kv.length != 2 || kv[0].isBlank()) {
      throw new IllegalArgumentException(EXPECTED_ENTRY);
    }
    return new AbstractMap.SimpleImmutableEntry<>(kv[0].strip(), parseAmount(kv[1]));
  }
}
