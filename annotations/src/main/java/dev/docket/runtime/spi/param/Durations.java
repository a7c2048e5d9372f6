package dev.docket.runtime.spi.param;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one grammar of durations, wherever a user writes one: a {@code Duration} parameter on the
 * command line or as {@code @Param(defaultValue)}, {@code @Task(retryDelay, timeout)} and the
 * durations of {@code docket.cfg}. A value copied between code, command line and configuration
 * means the same everywhere, and the processor refuses at compile time what a run would refuse.
 *
 * <ul>
 *   <li>a number with a unit: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 2h}, {@code 1d},
 *       with a fraction too ({@code 1.5h}), rounded to the millisecond; case and blanks between
 *       number and unit do not matter;
 *   <li>a plain number, in seconds: {@code 30}, {@code 2.5};
 *   <li>ISO-8601, as {@link Duration#toString()} writes it: {@code PT1H30M}, {@code P2D}; only
 *       this form can be negative ({@code PT-5S}), so a user of a bound checks it.
 * </ul>
 *
 * <p>Digits are ASCII only, as for every number Docket reads ({@link WholeNumbers}).
 */
public final class Durations {
  /** What a duration looks like, for messages. */
  public static final String EXPECTED = "a duration like 90s, 5m, 2h, 1d or PT1H30M";

  /**
   * The longest timeout of a task, {@code 365d}: in code ({@code @Task(timeout)}, checked by the
   * processor) and in {@code docket.cfg}. A far longer one would overflow the nanoseconds the
   * runner waits with.
   */
  public static final Duration MAX_TIMEOUT = Duration.ofDays(365);

  /** {@link #MAX_TIMEOUT} as users write it, for messages. */
  public static final String MAX_TIMEOUT_TEXT = "365d";

  private Durations() {}

  /**
   * The duration {@code text} stands for (surrounding blanks ignored).
   *
   * @throws IllegalArgumentException with {@link #EXPECTED} when it is none, or too long for a
   *     {@code Duration}
   */
  public static Duration parse(String text) {
    String s = text.strip();
    Matcher m = Grammar.NUMBER.matcher(s);
    try {
      if (m.matches()) {
        long unitMillis =
            switch (m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT)) {
              case "ms" -> 1L;
              case "m" -> 60_000L;
              case "h" -> 3_600_000L;
              case "d" -> 86_400_000L;
              default -> 1_000L;
            };
        BigDecimal millis =
            new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unitMillis));
        return Duration.ofMillis(millis.setScale(0, RoundingMode.HALF_UP).longValueExact());
      }
      return Duration.parse(s.toUpperCase(Locale.ROOT));
    } catch (ArithmeticException | DateTimeParseException e) {
      throw new IllegalArgumentException(EXPECTED, e);
    }
  }

  /** Compiled when a duration is first parsed, not whenever converters are loaded. */
  private static final class Grammar {
    static final Pattern NUMBER =
        Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h|d)?", Pattern.CASE_INSENSITIVE);
  }
}
