package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.Booleans;
import dev.docket.runtime.spi.param.Durations;
import dev.docket.runtime.spi.param.ResourceAmounts;
import dev.docket.runtime.spi.param.WholeNumbers;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one value of {@code docket.cfg}: a duration, a timeout, a count, a whole number, a
 * boolean, a resource amount or list. A value that does not read is bad input naming it and
 * {@code where} it is written (e.g. {@code [Fit] timeout in /a/docket.cfg, line 7}). The
 * sections' readers ({@link CoreSettings}, {@link SchedulingConfig}, {@link ResourceLimits})
 * share these, so that one kind of value reads and is refused alike in every section.
 */
final class ConfigValues {
  private ConfigValues() {}

  /**
   * {@code bad value 'soon' for [Fit] timeout in /a/docket.cfg, line 7: expected ...}: the one
   * form in which a value of {@code docket.cfg} is refused, {@code advice} saying what it takes.
   */
  static BadInputException bad(String text, String where, String advice) {
    return new BadInputException("bad value '" + text + "' for " + where + ": " + advice);
  }

  /**
   * A duration by the grammar of code and command line ({@link Durations}: {@code 30}, {@code
   * 500ms}, {@code 1.5h}, {@code 1d}, {@code PT1H30M}), so that a value copied between code and
   * docket.cfg means the same. Never negative; empty when the value is absent or blank.
   */
  static Optional<Duration> duration(String text, String where) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Duration parsed;
    try {
      parsed = Durations.parse(text);
    } catch (IllegalArgumentException e) {
      throw bad(text, where, "expected " + Durations.EXPECTED);
    }
    if (parsed.isNegative()) {
      throw bad(text, where, "a duration must not be negative");
    }
    return Optional.of(parsed);
  }

  /** {@code 2h}, {@code 90s}, {@code 500ms}: the largest unit that is exact; reads back as is. */
  static String durationText(Duration duration) {
    long millis = duration.toMillis();
    if (millis % 3_600_000 == 0) {
      return millis / 3_600_000 + "h";
    }
    if (millis % 60_000 == 0) {
      return millis / 60_000 + "m";
    }
    return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
  }

  /**
   * A task's timeout: empty for none; else more than 0 (a timeout of 0 would fail every
   * attempt) and at most {@link Durations#MAX_TIMEOUT}, as the processor checks {@code
   * @Task(timeout)}.
   */
  static Optional<Duration> timeout(String text, String where) {
    Optional<Duration> timeout = duration(text, where);
    if (timeout.isPresent()
        && (timeout.get().isZero() || timeout.get().compareTo(Durations.MAX_TIMEOUT) > 0)) {
      throw bad(text.strip(), where, "a timeout must be more than 0 and at most "
          + Durations.MAX_TIMEOUT_TEXT
          + ", e.g. 2h (leave the value empty, timeout =, for no limit)");
    }
    return timeout;
  }

  /** A whole number, 0 or more; 0 when blank. */
  static int count(String text, String where) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      int n = WholeNumbers.parseInt(text);
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw bad(text, where, "expected a whole number, 0 or more");
  }

  /** A whole number, any sign (a priority: higher runs first); 0 when blank. */
  static int integer(String text, String where) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return WholeNumbers.parseInt(text);
    } catch (NumberFormatException e) {
      throw bad(text, where, "expected a whole number (higher runs first)");
    }
  }

  /** A switch, by the grammar of boolean parameters ({@link Booleans}); {@code fallback} if blank. */
  static boolean bool(String text, String where, boolean fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return Booleans.parse(text);
    } catch (IllegalArgumentException e) {
      throw bad(text, where, "expected " + Booleans.EXPECTED);
    }
  }

  /** {@code 2}, {@code 512M}, {@code 4G}: a whole number, with an optional binary suffix. */
  static long amount(String text, String where) {
    try {
      return ResourceAmounts.parseAmount(text);
    } catch (IllegalArgumentException e) {
      throw bad(text.strip(), where, "expected " + e.getMessage());
    }
  }

  /** {@code cpu=2, memory=4G, db=1}; empty when blank. */
  static Map<String, Long> resources(String text, String where) {
    Map<String, Long> needs = new HashMap<>();
    for (String item : text.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      Map.Entry<String, Long> need;
      try {
        need = ResourceAmounts.parseEntry(item);
      } catch (IllegalArgumentException e) {
        // The whole value for a malformed pair, the amount alone for a bad amount.
        String culprit =
            e.getMessage().equals(ResourceAmounts.EXPECTED_ENTRY) ? text : item.split("=", 2)[1];
        throw bad(culprit.strip(), where, "expected " + e.getMessage());
      }
      needs.put(need.getKey(), need.getValue());
    }
    return needs;
  }
}
