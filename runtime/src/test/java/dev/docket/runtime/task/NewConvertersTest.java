package dev.docket.runtime.task;

import dev.docket.runtime.param.Converter;
import dev.docket.runtime.spi.param.ContainerConverters;
import dev.docket.runtime.spi.param.Converters;
import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.param.DateInterval;
import dev.docket.runtime.param.DoubleRange;
import dev.docket.runtime.param.IntRange;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The converters issue #3 added: time, decimal, URI, intervals, ranges, containers. */
class NewConvertersTest {
  @Test
  void roundTrips() {
    roundTrip(Converters.INSTANT, Instant.parse("2024-01-31T18:30:00Z"));
    roundTrip(Converters.LOCAL_DATE_TIME, LocalDateTime.of(2024, 1, 31, 18, 30, 5));
    roundTrip(Converters.BIG_DECIMAL, new BigDecimal("0.1250"));
    roundTrip(Converters.ABSOLUTE_URI, URI.create("root://eos.cern.ch//store/a b".replace(" ", "%20")));
    roundTrip(Converters.DATE_INTERVAL, DateInterval.parse("2024"));
    roundTrip(Converters.DATE_INTERVAL, DateInterval.parse("2024-02"));
    roundTrip(Converters.DATE_INTERVAL, DateInterval.parse("2024-W05"));
    roundTrip(Converters.DATE_INTERVAL, DateInterval.parse("2024-01-01-2024-01-31"));
    roundTrip(Converters.INT_RANGE, new IntRange(-3, 10));
    roundTrip(Converters.DOUBLE_RANGE, new DoubleRange(0.5, 2.5));
    roundTrip(ContainerConverters.optionalOf(Converters.INT), Optional.of(4));
    roundTrip(ContainerConverters.optionalOf(Converters.INT), Optional.empty());
    roundTrip(ContainerConverters.setOf(Converters.STRING), Set.of("b,1", "a\\"));
    roundTrip(ContainerConverters.mapOf(Converters.STRING), Map.of("k=1", "v,2", "x", "y=z"));
    roundTrip(ContainerConverters.mapOf(Converters.DOUBLE), Map.of());
  }

  @Test
  void dateIntervalsFollowLuigi() {
    DateInterval january = DateInterval.parse("2024-01-01-2024-02-01");
    assertThat(january.days()).isEqualTo(31);
    assertThat(january.toString()).isEqualTo("2024-01");
    assertThat(DateInterval.parse("2024-W01").start()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(DateInterval.parse("2024-02").days()).isEqualTo(29);
    assertThat(DateInterval.parse("2024-01-31").dates()).containsExactly(LocalDate.of(2024, 1, 31));
    for (String bad : List.of("2024-13", "2024-W54", "2024-01-31-2024-01-01", "24", "", "2024-1")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Converters.DATE_INTERVAL.parse(bad));
      assertThat(e).hasMessageThat().contains("a date interval like 2024");
    }
  }

  @Test
  void rangesAndContainersRejectBadText() {
    assertThat(IntRange.parse("0:10").values().count()).isEqualTo(10);
    assertThat(ContainerConverters.setOf(Converters.INT).parse("3,1,3")).containsExactly(3, 1);
    assertThat(ContainerConverters.setOf(Converters.INT).format(Set.of(3, 1))).isEqualTo("1,3");
    for (String bad : List.of("10:0", "0", "a:b", "0:1:2", ":")) {
      assertThrows(IllegalArgumentException.class, () -> Converters.INT_RANGE.parse(bad));
    }
    assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE_RANGE.parse("NaN:1"));
    assertThrows(IllegalArgumentException.class, () -> Converters.ABSOLUTE_URI.parse("rel/path"));
    assertThrows(IllegalArgumentException.class, () -> Converters.ABSOLUTE_URI.parse("a b:c"));
    assertThrows(IllegalArgumentException.class, () -> Converters.BIG_DECIMAL.parse("1,5"));
    assertThrows(IllegalArgumentException.class, () -> Converters.INSTANT.parse("2024-01-31"));
    Converter<Map<String, Integer>> map = ContainerConverters.mapOf(Converters.INT);
    assertThrows(IllegalArgumentException.class, () -> map.parse("a=1,a=2"));
    assertThrows(IllegalArgumentException.class, () -> map.parse("a"));
    assertThrows(IllegalArgumentException.class, () -> map.parse("=1"));
    assertThrows(IllegalArgumentException.class, () -> map.parse("a=x"));
  }

  private static <T> void roundTrip(Converter<T> converter, T value) {
    assertThat(converter.parse(converter.format(value))).isEqualTo(value);
  }
}
