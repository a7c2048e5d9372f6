package dev.docket.runtime.task;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.param.Booleans;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.Durations;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one grammar of durations and of booleans, through the entry point of parameters (the
 * converters, which the processor checks defaults with). docket.cfg's entry point is in {@code
 * ExecutionConfigTest}, {@code @Task}'s in the processor's {@code TaskSchedulingTest}.
 */
class DurationsAndBooleansTest {
  @Test
  void everyFormOfADurationMeansTheSameAsAParameter() {
    Map<String, Duration> forms =
        Map.ofEntries(
            Map.entry("500ms", Duration.ofMillis(500)),
            Map.entry("30s", Duration.ofSeconds(30)),
            Map.entry("30", Duration.ofSeconds(30)),
            Map.entry("2.5", Duration.ofMillis(2500)),
            Map.entry("5m", Duration.ofMinutes(5)),
            Map.entry("1.5h", Duration.ofMinutes(90)),
            Map.entry(" 2H ", Duration.ofHours(2)),
            Map.entry("2 h", Duration.ofHours(2)),
            Map.entry("1d", Duration.ofDays(1)),
            Map.entry("0.5d", Duration.ofHours(12)),
            Map.entry("0.0004s", Duration.ZERO), // to the millisecond, as docket.cfg always did
            Map.entry("PT1H30M", Duration.ofMinutes(90)),
            Map.entry("pt1m30s", Duration.ofSeconds(90)),
            Map.entry("P2D", Duration.ofDays(2)),
            Map.entry("PT-5S", Duration.ofSeconds(-5)));
    forms.forEach(
        (text, expected) -> {
          assertWithMessage(text).that(Durations.parse(text)).isEqualTo(expected);
          assertWithMessage(text).that(Converters.DURATION.parse(text)).isEqualTo(expected);
        });
  }

  @Test
  void aDurationParsesBackFromItsText() {
    for (String text : new String[] {"1.5h", "30", "500ms", "PT-5S", "3d"}) {
      Duration value = Converters.DURATION.parse(text);
      assertThat(Converters.DURATION.parse(Converters.DURATION.format(value))).isEqualTo(value);
    }
  }

  @Test
  void whatIsNoDurationSaysWhatIsExpected() {
    for (String text :
        new String[] {"", "soon", "2 hours", "1.5.h", "-5s", "5w", "\u0664s", "1e3s", ".5h",
          "99999999999999999999d", "PT99999999999999999999H"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Converters.DURATION.parse(text), text);
      assertWithMessage(text).that(e).hasMessageThat().isEqualTo(Durations.EXPECTED);
    }
    assertThat(Durations.EXPECTED).isEqualTo("a duration like 90s, 5m, 2h, 1d or PT1H30M");
  }

  @Test
  void theLongestTimeoutIs365Days() {
    assertThat(Durations.parse(Durations.MAX_TIMEOUT_TEXT)).isEqualTo(Durations.MAX_TIMEOUT);
    assertThat(Durations.MAX_TIMEOUT).isEqualTo(Duration.ofDays(365));
  }

  @Test
  void everyFormOfABooleanMeansTheSameAsAParameter() {
    for (String text : new String[] {"true", "TRUE", "yes", "y", "on", "On", "1", " true "}) {
      assertWithMessage(text).that(Booleans.parse(text)).isTrue();
      assertWithMessage(text).that(Converters.BOOLEAN.parse(text)).isTrue();
    }
    for (String text : new String[] {"false", "no", "N", "off", "OFF", "0"}) {
      assertWithMessage(text).that(Booleans.parse(text)).isFalse();
      assertWithMessage(text).that(Converters.BOOLEAN.parse(text)).isFalse();
    }
    for (String text : new String[] {"", "maybe", "2", "enabled", "tru"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Converters.BOOLEAN.parse(text), text);
      assertWithMessage(text).that(e).hasMessageThat().isEqualTo("true or false");
    }
    assertThat(Converters.BOOLEAN.choices()).containsExactly("true", "false").inOrder();
  }
}
