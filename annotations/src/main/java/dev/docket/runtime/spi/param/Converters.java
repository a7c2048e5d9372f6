package dev.docket.runtime.spi.param;

import dev.docket.runtime.param.Converter;
import dev.docket.runtime.param.DateInterval;
import dev.docket.runtime.param.DoubleRange;
import dev.docket.runtime.param.IntRange;
import dev.docket.runtime.spi.param.ScalarConverter.Kind;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The converters for every parameter type that {@code @Param} supports. Generated code refers to
 * these constants; nothing here reflects on user classes.
 */
public final class Converters {
  private Converters() {}

  public static final Converter<String> STRING = scalar(Kind.STRING, "any text");

  public static final Converter<Boolean> BOOLEAN =
      new ScalarConverter<>(Kind.BOOLEAN, Booleans.EXPECTED, List.of("true", "false"));

  public static final Converter<Byte> BYTE = scalar(Kind.BYTE, "a whole number from -128 to 127");
  public static final Converter<Short> SHORT =
      scalar(Kind.SHORT, "a whole number from -32768 to 32767");
  public static final Converter<Integer> INT = scalar(Kind.INT, "a whole number, e.g. 4");
  public static final Converter<Long> LONG = scalar(Kind.LONG, "a whole number, e.g. 4");
  public static final Converter<Float> FLOAT = scalar(Kind.FLOAT, "a number, e.g. 2.5");
  public static final Converter<Double> DOUBLE = scalar(Kind.DOUBLE, "a number, e.g. 2.5");
  public static final Converter<Character> CHAR = scalar(Kind.CHAR, "a single character");
  public static final Converter<Path> PATH = scalar(Kind.PATH, "a file path");
  public static final Converter<LocalDate> LOCAL_DATE =
      scalar(Kind.LOCAL_DATE, "a date like 2024-01-31");
  public static final Converter<LocalDateTime> LOCAL_DATE_TIME =
      scalar(Kind.LOCAL_DATE_TIME, "a date and time like 2024-01-31T18:30 or 2024-01-31T18:30:05");
  public static final Converter<Instant> INSTANT =
      scalar(Kind.INSTANT, "an instant in UTC like 2024-01-31T18:30:00Z");
  public static final Converter<BigDecimal> BIG_DECIMAL =
      scalar(Kind.BIG_DECIMAL, "a decimal number, e.g. 0.125");
  public static final Converter<URI> ABSOLUTE_URI =
      scalar(Kind.ABSOLUTE_URI, "an absolute URI like https://host/path or root://eos.cern.ch//store");
  public static final Converter<DateInterval> DATE_INTERVAL =
      scalar(Kind.DATE_INTERVAL, DateInterval.EXPECTED);
  public static final Converter<IntRange> INT_RANGE = scalar(Kind.INT_RANGE, IntRange.EXPECTED);
  public static final Converter<DoubleRange> DOUBLE_RANGE =
      scalar(Kind.DOUBLE_RANGE, DoubleRange.EXPECTED);
  public static final Converter<Duration> DURATION = scalar(Kind.DURATION, Durations.EXPECTED);

  private static <T> Converter<T> scalar(Kind kind, String expectation) {
    return new ScalarConverter<>(kind, expectation);
  }

  /**
   * An enum converter. Matching ignores case; {@code values} come from the generated code
   * ({@code Color.values()}), so no reflection is needed.
   */
  public static <E extends Enum<E>> Converter<E> enumOf(E[] values) {
    List<String> names = new ArrayList<>();
    for (E value : values) {
      names.add(value.name());
    }
    List<String> choices = List.copyOf(names);
    String expectation = "one of " + String.join(", ", names);
    E[] constants = values.clone();
    return new Converter<>() {
      @Override
      public E parse(String text) {
        for (E value : constants) {
          if (value.name().equalsIgnoreCase(text.trim())) {
            return value;
          }
        }
        throw new IllegalArgumentException();
      }

      @Override
      public String format(E value) {
        return value.name();
      }

      @Override
      public String expectation() {
        return expectation;
      }

      @Override
      public List<String> choices() {
        return choices;
      }
    };
  }

  /** {@code converter}, offering {@code choices} to shell completion. */
  public static <T> Converter<T> withChoices(Converter<T> converter, List<String> choices) {
    List<String> copy = List.copyOf(choices);
    return new Converter<>() {
      @Override
      public T parse(String text) {
        return converter.parse(text);
      }

      @Override
      public String format(T value) {
        return converter.format(value);
      }

      @Override
      public String expectation() {
        return converter.expectation();
      }

      @Override
      public List<String> choices() {
        return copy;
      }
    };
  }

  /**
   * A comma-separated list. A comma or backslash inside an element is escaped with a backslash,
   * so every list survives {@code format} then {@code parse}. The empty text is the empty list.
   */
  public static <T> Converter<List<T>> listOf(Converter<T> element) {
    return new Converter<>() {
      @Override
      public List<T> parse(String text) {
        List<T> result = new ArrayList<>();
        if (text.isEmpty()) {
          return List.copyOf(result);
        }
        List<String> parts = ContainerConverters.splitEscaped(text, ',');
        for (String part : parts) {
          String item = ContainerConverters.unescape(part);
          try {
            result.add(element.parse(item));
          } catch (RuntimeException e) {
            // Which item is bad, in a list of many: its position and its text.
            throw new IllegalArgumentException(
                "item " + (result.size() + 1) + " of " + parts.size() + " is "
                    + Quoting.quote(item) + ContainerConverters.reason(e, element), e);
          }
        }
        return List.copyOf(result);
      }

      @Override
      public String format(List<T> value) {
        StringBuilder out = new StringBuilder();
        for (T item : value) {
          if (out.length() > 0) {
            out.append(',');
          }
          out.append(ContainerConverters.escape(element.format(item), ","));
        }
        return out.toString();
      }

      @Override
      public String expectation() {
        return "a comma-separated list of " + element.expectation();
      }

      @Override
      public List<String> choices() {
        return element.choices(); // each item's: for completion and the spelling of defaults
      }
    };
  }

  /**
   * What a converter throws when {@code parse} failed with {@code e}: the parsers' own
   * exceptions for malformed text (numbers, dates, paths) become the {@link
   * IllegalArgumentException} of a bad value, saying what was expected; others are returned as
   * they are (an {@code IllegalArgumentException} already is one).
   */
  static RuntimeException asBadValue(RuntimeException e, String expectation) {
    if (e instanceof NumberFormatException
        || e instanceof DateTimeParseException
        || e instanceof InvalidPathException) {
      return new IllegalArgumentException(expectation, e);
    }
    return e;
  }

  /**
   * What a converter's failure said beyond the expected form (a repeated map key, a bad item, a
   * user converter's reason), safe for one line; empty when it said nothing more than {@code
   * expectation}. Messages about a bad value add it to the expected form.
   */
  public static String reason(RuntimeException e, String expectation) {
    String message = e instanceof IllegalArgumentException && !(e instanceof NumberFormatException)
        ? e.getMessage() : null;
    if (message == null || message.isBlank() || expectation.contains(message)
        || message.contains(expectation)) {
      return "";
    }
    return Quoting.clean(message);
  }

  /** Builds a converter from two functions; any runtime exception of {@code parse} is a bad value. */
  public static <T> Converter<T> of(
      String expectation, Function<String, T> parse, Function<T, String> format) {
    return new Converter<>() {
      @Override
      public T parse(String text) {
        try {
          return parse.apply(text);
        } catch (RuntimeException e) {
          throw asBadValue(e, expectation);
        }
      }

      @Override
      public String format(T value) {
        return format.apply(value);
      }

      @Override
      public String expectation() {
        return expectation;
      }
    };
  }
}
