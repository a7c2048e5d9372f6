package dev.docket.runtime.task;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.fixtures.Merge;
import dev.docket.runtime.fixtures.Merge_Family;
import dev.docket.runtime.fixtures.Merge_Params;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Builder;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.param.Converter;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.ParamDefaults;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.param.ContainerConverters;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConvertersTest {
  @BeforeEach
  void noConfiguration() {
    ParamDefaults.install(DefaultsSource.NONE);
  }

  @Test
  void everyConverterRoundTrips() {
    roundTrip(Converters.STRING, "with spaces, and = signs");
    roundTrip(Converters.BOOLEAN, true);
    roundTrip(Converters.BOOLEAN, false);
    roundTrip(Converters.BYTE, (byte) -128);
    roundTrip(Converters.SHORT, (short) 32767);
    roundTrip(Converters.INT, -42);
    roundTrip(Converters.LONG, Long.MAX_VALUE);
    roundTrip(Converters.FLOAT, 2.5f);
    roundTrip(Converters.DOUBLE, 0.1);
    roundTrip(Converters.CHAR, ',');
    roundTrip(Converters.PATH, Path.of("a", "b.txt"));
    roundTrip(Converters.LOCAL_DATE, LocalDate.of(2024, 1, 31));
    roundTrip(Converters.DURATION, Duration.ofMinutes(90));
    roundTrip(Converters.enumOf(TimeUnit.values()), TimeUnit.SECONDS);
    Converter<List<String>> list = Converters.listOf(Converters.STRING);
    roundTrip(list, List.of("a,b", "c\\d", "", "e"));
    roundTrip(list, List.of());
    roundTrip(Converters.listOf(Converters.INT), List.of(1, 2, 3));
  }

  @Test
  void parsingIsLenientWhereTheCommandLineIs() {
    assertThat(Converters.BOOLEAN.parse("Yes")).isTrue();
    assertThat(Converters.INT.parse(" 4 ")).isEqualTo(4);
    assertThat(Converters.DURATION.parse("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(Converters.enumOf(TimeUnit.values()).parse("days")).isEqualTo(TimeUnit.DAYS);
  }

  @Test
  void malformedTextIsRejected() {
    assertThrows(IllegalArgumentException.class, () -> Converters.INT.parse("four"));
    assertThrows(IllegalArgumentException.class, () -> Converters.BOOLEAN.parse("maybe"));
    assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.parse("NaN"));
    assertThrows(IllegalArgumentException.class, () -> Converters.CHAR.parse("ab"));
  }

  @Test
  void numbersAreWrittenWithAsciiDigitsOnly() {
    // Java's own parsers read these as 4, 3 and 12: a value must mean the same to every reader.
    for (String text : List.of("\u0664", "\uff14", "\u0967", "1\u0662")) {
      assertThrows(IllegalArgumentException.class, () -> Converters.INT.parse(text), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.LONG.parse(text), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.SHORT.parse(text), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.BYTE.parse(text), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.BIG_DECIMAL.parse(text), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.DOUBLE.parse(text), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.INT_RANGE.parse(text + ":9"), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.DURATION.parse(text + "s"), text);
      assertThrows(IllegalArgumentException.class, () -> Converters.LOCAL_DATE.parse("202" + text + "-01-01"), text);
    }
    assertThat(Converters.INT.parse(" 42 ")).isEqualTo(42);
    assertThat(Converters.INT.parse("-7")).isEqualTo(-7);
  }

  @Test
  void aBadItemOfAListIsNamedWithItsPosition() {
    Converter<List<TimeUnit>> units = Converters.listOf(Converters.enumOf(TimeUnit.values()));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> units.parse("days,foo,hours"));
    assertThat(e).hasMessageThat().isEqualTo("item 2 of 3 is 'foo'");
    IllegalArgumentException set = assertThrows(IllegalArgumentException.class,
        () -> ContainerConverters.setOf(Converters.INT).parse("1,2,x"));
    assertThat(set).hasMessageThat().isEqualTo("item 3 of 3 is 'x'");
    IllegalArgumentException map = assertThrows(IllegalArgumentException.class,
        () -> ContainerConverters.mapOf(Converters.DOUBLE).parse("a=1,b=x"));
    assertThat(map).hasMessageThat().isEqualTo("the value of key 'b' is 'x'");
    BadInputException merge =
        assertThrows(BadInputException.class, () -> Merge_Family.parse("--datasets", "a,b\u0000"));
    assertThat(merge).hasMessageThat().isEqualTo("bad value 'a,b\\u0000' for --datasets of Merge:"
        + " expected text without the NUL character (\\u0000)");
  }

  @Test
  void defaultsWithFixedChoicesAreShownAsTheIdentitySpellsThem() {
    ParamSpec<TimeUnit> unit = ParamSpec.optional(0, "unit", "java.util.concurrent.TimeUnit",
        Converters.enumOf(TimeUnit.values()), "days", true, "");
    assertThat(unit.defaultText()).isEqualTo("DAYS");
    ParamSpec<List<TimeUnit>> units = ParamSpec.optional(0, "units", "java.util.List<X>",
        Converters.listOf(Converters.enumOf(TimeUnit.values())), "days,Hours", true, "");
    assertThat(units.defaultText()).isEqualTo("DAYS,HOURS");
    assertThat(units.converter().choices()).contains("DAYS"); // completion offers the items
    ParamSpec<Duration> timeout = ParamSpec.optional(0, "timeout", "java.time.Duration",
        Converters.DURATION, "5m", true, "");
    assertThat(timeout.defaultText()).isEqualTo("5m"); // no fixed choices: as written
  }

  @Test
  void aNulCharacterInAnyValueIsBadInputNamingTheParameter() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> Selection_Family.parse("--dataset", "tt\u0000bar"));
    assertThat(e).hasMessageThat().isEqualTo("bad value 'tt\\u0000bar' for --dataset of"
        + " Selection: expected text without the NUL character (\\u0000)");
  }

  @Test
  void taskArgsFormatThenParseGivesEqualValues() {
    Selection selection = Selection_Builder.create().dataset("tt bar, 2").minJets(6).build();
    List<String> args = TaskArgs.format(Selection_Family.INSTANCE, selection);
    assertThat(args)
        .containsExactly("--dataset=tt bar, 2", "--min-jets=6", "--version=v1")
        .inOrder();
    Selection back = Selection_Family.parse(args.toArray(new String[0]));
    assertThat(Selection_Family.INSTANCE.values(back))
        .isEqualTo(Selection_Family.INSTANCE.values(selection));
    assertThat(Selection_Family.INSTANCE.id(back)).isEqualTo(Selection_Family.INSTANCE.id(selection));

    Merge merge = Merge_Family.parse("--datasets", "a\\,b,c");
    Merge again = Merge_Family.parse(Merge_Family.toArgs(merge).toArray(new String[0]));
    assertThat(Merge_Family.INSTANCE.values(again)).isEqualTo(Merge_Family.INSTANCE.values(merge));
    assertThat(Merge_Family.INSTANCE.values(again).get(Merge_Params.DATASETS))
        .containsExactly("a,b", "c");
  }

  @Test
  void taskArgsErrorsAreBadInput() {
    BadInputException unknown =
        assertThrows(BadInputException.class, () -> Selection_Family.parse("--min-jet", "4"));
    assertThat(unknown).hasMessageThat().contains("did you mean --min-jets?");
    BadInputException malformed =
        assertThrows(
            BadInputException.class,
            () -> Selection_Family.parse("--dataset", "x", "--min-jets", "four"));
    assertThat(malformed)
        .hasMessageThat()
        .isEqualTo("bad value 'four' for --min-jets of Selection: expected a whole number, e.g. 4");
    BadInputException missing = assertThrows(BadInputException.class, Selection_Family::parse);
    assertThat(missing).hasMessageThat().startsWith("Selection needs parameter --dataset");
  }

  @Test
  void kebabCase() {
    assertThat(ParamSpec.kebabCase("minJets")).isEqualTo("min-jets");
    assertThat(ParamSpec.kebabCase("nJets")).isEqualTo("n-jets");
    assertThat(ParamSpec.kebabCase("URL")).isEqualTo("url");
    assertThat(ParamSpec.kebabCase("inputURLList")).isEqualTo("input-url-list");
    assertThat(ParamSpec.kebabCase("max_events")).isEqualTo("max-events");
    assertThat(ParamSpec.kebabCase("dataset")).isEqualTo("dataset");
  }

  private static <T> void roundTrip(Converter<T> converter, T value) {
    assertThat(converter.parse(converter.format(value))).isEqualTo(value);
  }
}
