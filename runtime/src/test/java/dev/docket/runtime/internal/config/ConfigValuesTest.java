package dev.docket.runtime.internal.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One value of docket.cfg, read alike in every section: durations, counts, switches, amounts. */
class ConfigValuesTest {
  private static final String WHERE = "[Fit] x in /a/docket.cfg, line 3";

  @Test
  void aDurationIsWrittenInTheLargestExactUnitAndReadsBackTheSame() {
    for (String text : new String[] {"2h", "90m", "45s", "1500ms", "25h", "61m", "3601s", "1ms"}) {
      Duration duration = ConfigValues.duration(text, WHERE).orElseThrow();
      assertThat(ConfigValues.durationText(duration)).isEqualTo(text);
    }
    assertThat(ConfigValues.durationText(Duration.ofMinutes(120))).isEqualTo("2h");
    assertThat(ConfigValues.durationText(Duration.ofSeconds(120))).isEqualTo("2m");
    assertThat(ConfigValues.durationText(Duration.ofMillis(2000))).isEqualTo("2s");
  }

  @Test
  void aNegativeOrMalformedDurationIsRefusedAndABlankOneIsNone() {
    assertThat(ConfigValues.duration("  ", WHERE)).isEqualTo(Optional.empty());
    assertThat(ConfigValues.duration(null, WHERE)).isEqualTo(Optional.empty());
    assertThat(assertThrows(BadInputException.class, () -> ConfigValues.duration("PT-5S", WHERE)))
        .hasMessageThat().isEqualTo("bad value 'PT-5S' for " + WHERE + ": a duration must not be negative");
    assertThat(assertThrows(BadInputException.class, () -> ConfigValues.duration("soon", WHERE)))
        .hasMessageThat().startsWith("bad value 'soon' for " + WHERE + ": expected a duration like");
  }

  @Test
  void aTimeoutIsMoreThanZero() {
    assertThat(ConfigValues.timeout("1ms", WHERE)).hasValue(Duration.ofMillis(1));
    assertThat(ConfigValues.timeout("", WHERE)).isEmpty();
    assertThat(assertThrows(BadInputException.class, () -> ConfigValues.timeout(" 0 ", WHERE)))
        .hasMessageThat().startsWith("bad value '0' for " + WHERE + ": a timeout must be more than 0 and at most ");
  }

  @Test
  void aCountIsZeroOrMoreAndBlankIsZero() {
    assertThat(ConfigValues.count("0", WHERE)).isEqualTo(0);
    assertThat(ConfigValues.count("7", WHERE)).isEqualTo(7);
    assertThat(ConfigValues.count(" ", WHERE)).isEqualTo(0);
    assertThat(ConfigValues.count(null, WHERE)).isEqualTo(0);
    assertThat(assertThrows(BadInputException.class, () -> ConfigValues.count("-1", WHERE)))
        .hasMessageThat().isEqualTo("bad value '-1' for " + WHERE + ": expected a whole number, 0 or more");
    assertThrows(BadInputException.class, () -> ConfigValues.count("two", WHERE));
  }

  @Test
  void anIntegerTakesAnySign() {
    assertThat(ConfigValues.integer("-3", WHERE)).isEqualTo(-3);
    assertThat(ConfigValues.integer("", WHERE)).isEqualTo(0);
    assertThat(assertThrows(BadInputException.class, () -> ConfigValues.integer("high", WHERE)))
        .hasMessageThat().isEqualTo("bad value 'high' for " + WHERE + ": expected a whole number (higher runs first)");
  }

  @Test
  void aSwitchReadsLikeABooleanParameterAndBlankFallsBack() {
    assertThat(ConfigValues.bool("off", WHERE, true)).isFalse();
    assertThat(ConfigValues.bool("yes", WHERE, false)).isTrue();
    assertThat(ConfigValues.bool(" ", WHERE, true)).isTrue();
    assertThat(ConfigValues.bool(null, WHERE, false)).isFalse();
    assertThat(assertThrows(BadInputException.class, () -> ConfigValues.bool("maybe", WHERE, true)))
        .hasMessageThat().isEqualTo("bad value 'maybe' for " + WHERE + ": expected true or false");
  }

  @Test
  void resourcesAreNamedAmountsAndBlankItemsAreSkipped() {
    assertThat(ConfigValues.resources("cpu=2, ,memory=1K,", WHERE)).isEqualTo(Map.of("cpu", 2L, "memory", 1024L));
    assertThat(ConfigValues.resources("", WHERE)).isEmpty();
    BadInputException amount = assertThrows(BadInputException.class, () -> ConfigValues.resources("cpu=x", WHERE));
    assertThat(amount).hasMessageThat().startsWith("bad value 'x' for " + WHERE + ": expected ");
    BadInputException pair = assertThrows(BadInputException.class, () -> ConfigValues.resources("cpu", WHERE));
    assertThat(pair).hasMessageThat().startsWith("bad value 'cpu' for " + WHERE + ": expected ");
  }
}
