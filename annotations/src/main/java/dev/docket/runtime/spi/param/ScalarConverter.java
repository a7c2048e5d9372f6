package dev.docket.runtime.spi.param;

import dev.docket.runtime.param.Converter;
import dev.docket.runtime.param.DateInterval;
import dev.docket.runtime.param.DoubleRange;
import dev.docket.runtime.param.IntRange;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * The converters of the single-valued types {@code @Param} supports, one class for all: every
 * run initialises {@link Converters}, and a pair of lambdas per type would each be linked at
 * start-up. Every value's text is {@code String.valueOf(value)}.
 */
final class ScalarConverter<T> implements Converter<T> {
  enum Kind {
    STRING, BOOLEAN, BYTE, SHORT, INT, LONG, FLOAT, DOUBLE, CHAR, PATH, LOCAL_DATE,
    LOCAL_DATE_TIME, INSTANT, BIG_DECIMAL, ABSOLUTE_URI, DATE_INTERVAL, INT_RANGE, DOUBLE_RANGE,
    DURATION
  }

  private final Kind kind;
  private final String expectation;
  private final List<String> choices;

  ScalarConverter(Kind kind, String expectation) {
    this(kind, expectation, List.of());
  }

  ScalarConverter(Kind kind, String expectation, List<String> choices) {
    this.kind = kind;
    this.expectation = expectation;
    this.choices = List.copyOf(choices);
  }

  @Override
  @SuppressWarnings("unchecked")
  public T parse(String text) {
    try {
      return (T) parseAs(text);
    } catch (RuntimeException e) {
      throw Converters.asBadValue(e, expectation);
    }
  }

  @Override
  public String format(T value) {
    return String.valueOf(value);
  }

  @Override
  public String expectation() {
    return expectation;
  }

  @Override
  public List<String> choices() {
    return choices;
  }

  private Object parseAs(String s) {
    return switch (kind) {
      case STRING -> s;
      case BOOLEAN -> Booleans.parse(s);
      // Whole numbers in ASCII digits only: Java's parsers also read other scripts' digits.
      case BYTE -> Byte.parseByte(WholeNumbers.ascii(s));
      case SHORT -> Short.parseShort(WholeNumbers.ascii(s));
      case INT -> WholeNumbers.parseInt(s);
      case LONG -> WholeNumbers.parseLong(s);
      case FLOAT -> finite(Float.parseFloat(s.trim()));
      case DOUBLE -> finite(Double.parseDouble(s.trim()));
      case CHAR -> {
        if (s.length() != 1) {
          throw new IllegalArgumentException();
        }
        yield s.charAt(0);
      }
      case PATH -> {
        if (s.isEmpty()) {
          throw new IllegalArgumentException();
        }
        yield Path.of(s);
      }
      case LOCAL_DATE -> LocalDate.parse(s.trim());
      case LOCAL_DATE_TIME -> LocalDateTime.parse(s.trim().replace(' ', 'T'));
      case INSTANT -> Instant.parse(s.trim());
      case BIG_DECIMAL -> new BigDecimal(WholeNumbers.ascii(s));
      case ABSOLUTE_URI -> parseAbsoluteUri(s);
      case DATE_INTERVAL -> DateInterval.parse(s);
      case INT_RANGE -> IntRange.parse(WholeNumbers.ascii(s));
      case DOUBLE_RANGE -> DoubleRange.parse(s);
      case DURATION -> Durations.parse(s);
    };
  }

  private static <N extends Number> N finite(N number) {
    double d = number.doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException();
    }
    return number;
  }

  private static URI parseAbsoluteUri(String s) {
    try {
      URI uri = new URI(s.trim());
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException();
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          e.getReason() + (e.getIndex() < 0 ? "" : " at character " + (e.getIndex() + 1)), e);
    }
  }
}
