package dev.docket.runtime.task;

import dev.docket.runtime.param.DateInterval;
import dev.docket.runtime.param.DoubleRange;
import dev.docket.runtime.param.IntRange;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The converters for every parameter type that {@code @Param} supports. Generated code refers to
 * these constants; nothing here reflects on user classes.
 */
public final class Converters {
  private Converters() {}

  public static final Converter<String> STRING = of("any text", s -> s, s -> s);

  public static final Converter<Boolean> BOOLEAN =
      withChoices(of(
          "true or false",
          s -> {
            switch (s.trim().toLowerCase(Locale.ROOT)) {
              case "true":
              case "yes":
              case "1":
                return Boolean.TRUE;
              case "false":
              case "no":
              case "0":
                return Boolean.FALSE;
              default:
                throw new IllegalArgumentException();
            }
          },
          String::valueOf), List.of("true", "false"));

  public static final Converter<Byte> BYTE =
      of("a whole number from -128 to 127", s -> Byte.parseByte(s.trim()), String::valueOf);
  public static final Converter<Short> SHORT =
      of("a whole number from -32768 to 32767", s -> Short.parseShort(s.trim()), String::valueOf);
  public static final Converter<Integer> INT =
      of("a whole number, e.g. 4", s -> Integer.parseInt(s.trim()), String::valueOf);
  public static final Converter<Long> LONG =
      of("a whole number, e.g. 4", s -> Long.parseLong(s.trim()), String::valueOf);
  public static final Converter<Float> FLOAT =
      of("a number, e.g. 2.5", s -> finite(Float.parseFloat(s.trim())), String::valueOf);
  public static final Converter<Double> DOUBLE =
      of("a number, e.g. 2.5", s -> finite(Double.parseDouble(s.trim())), String::valueOf);
  public static final Converter<Character> CHAR =
      of(
          "a single character",
          s -> {
            if (s.length() != 1) {
              throw new IllegalArgumentException();
            }
            return s.charAt(0);
          },
          String::valueOf);

  public static final Converter<Path> PATH =
      of(
          "a file path",
          s -> {
            if (s.isEmpty()) {
              throw new IllegalArgumentException();
            }
            return Path.of(s);
          },
          Path::toString);

  public static final Converter<LocalDate> LOCAL_DATE =
      of("a date like 2024-01-31", s -> LocalDate.parse(s.trim()), LocalDate::toString);

  public static final Converter<LocalDateTime> LOCAL_DATE_TIME =
      of(
          "a date and time like 2024-01-31T18:30 or 2024-01-31T18:30:05",
          s -> LocalDateTime.parse(s.trim().replace(' ', 'T')),
          LocalDateTime::toString);

  public static final Converter<Instant> INSTANT =
      of("an instant in UTC like 2024-01-31T18:30:00Z", s -> Instant.parse(s.trim()),
          Instant::toString);

  public static final Converter<BigDecimal> BIG_DECIMAL =
      of("a decimal number, e.g. 0.125", s -> new BigDecimal(s.trim()), BigDecimal::toString);

  public static final Converter<URI> ABSOLUTE_URI =
      of(
          "an absolute URI like https://host/path or root://eos.cern.ch//store",
          s -> {
            try {
              URI uri = new URI(s.trim());
              if (!uri.isAbsolute()) {
                throw new IllegalArgumentException();
              }
              return uri;
            } catch (URISyntaxException e) {
              throw new IllegalArgumentException(
                  e.getReason() + (e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1)),
                  e);
            }
          },
          URI::toString);

  public static final Converter<DateInterval> DATE_INTERVAL =
      of(DateInterval.EXPECTED, DateInterval::parse, DateInterval::toString);

  public static final Converter<IntRange> INT_RANGE =
      of(IntRange.EXPECTED, IntRange::parse, IntRange::toString);

  public static final Converter<DoubleRange> DOUBLE_RANGE =
      of(DoubleRange.EXPECTED, DoubleRange::parse, DoubleRange::toString);

  private static final Pattern SHORT_DURATION =
      Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);

  public static final Converter<Duration> DURATION =
      of(
          "a duration like 90s, 5m, 2h, 1d or PT1H30M",
          s -> {
            String text = s.trim();
            Matcher m = SHORT_DURATION.matcher(text);
            if (m.matches()) {
              long amount = Long.parseLong(m.group(1));
              switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "ms":
                  return Duration.ofMillis(amount);
                case "s":
                  return Duration.ofSeconds(amount);
                case "m":
                  return Duration.ofMinutes(amount);
                case "h":
                  return Duration.ofHours(amount);
                default:
                  return Duration.ofDays(amount);
              }
            }
            return Duration.parse(text.toUpperCase(Locale.ROOT));
          },
          Duration::toString);

  /**
   * An enum converter. Matching ignores case; {@code values} come from the generated code
   * ({@code Color.values()}), so no reflection is needed.
   */
  public static <E extends Enum<E>> Converter<E> enumOf(E[] values) {
    List<String> names = new ArrayList<>();
    for (E value : values) {
      names.add(value.name());
    }
    return withChoices(
        of(
            "one of " + String.join(", ", names),
            s -> {
              for (E value : values) {
                if (value.name().equalsIgnoreCase(s.trim())) {
                  return value;
                }
              }
              throw new IllegalArgumentException();
            },
            Enum::name),
        names);
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
        for (String part : ContainerConverters.splitEscaped(text, ',')) {
          result.add(element.parse(ContainerConverters.unescape(part)));
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
    };
  }

  private static <T extends Number> T finite(T number) {
    double d = number.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException();
    }
    return number;
  }

  /** Builds a converter from two functions; any runtime exception of {@code parse} is a bad value. */
  public static <T> Converter<T> of(
      String expectation, Function<String, T> parse, Function<T, String> format) {
    return new Converter<>() {
      @Override
      public T parse(String text) {
        try {
          return parse.apply(text);
        } catch (NumberFormatException | DateTimeParseException | InvalidPathException e) {
          throw new IllegalArgumentException(expectation, e);
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
