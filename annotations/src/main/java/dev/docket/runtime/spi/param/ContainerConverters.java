package dev.docket.runtime.spi.param;

import dev.docket.runtime.param.Converter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Converters of the container types {@code Optional<T>}, {@code Set<T>} and
 * {@code Map<String, T>}, over the converter of their elements. ({@code List<T>} is
 * {@link Converters#listOf}.) Like lists, they escape a separator inside an element with a
 * backslash, so every value survives {@code format} then {@code parse}.
 */
public final class ContainerConverters {
  private ContainerConverters() {}

  /** The empty text is {@link Optional#empty()}; anything else is parsed by {@code element}. */
  public static <T> Converter<Optional<T>> optionalOf(Converter<T> element) {
    return new Converter<>() {
      @Override
      public Optional<T> parse(String text) {
        return text.isEmpty() ? Optional.empty() : Optional.of(element.parse(text));
      }

      @Override
      public String format(Optional<T> value) {
        return value.map(element::format).orElse("");
      }

      @Override
      public String expectation() {
        return "nothing (empty) or " + element.expectation();
      }

      @Override
      public List<String> choices() {
        return element.choices();
      }
    };
  }

  /**
   * A comma-separated set; repeated elements count once. It is formatted in sorted text order,
   * so equal sets have the same text and thus tasks with equal sets the same identity.
   */
  public static <T> Converter<Set<T>> setOf(Converter<T> element) {
    Converter<List<T>> list = Converters.listOf(element);
    return new Converter<>() {
      @Override
      public Set<T> parse(String text) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(list.parse(text)));
      }

      @Override
      public String format(Set<T> value) {
        List<String> texts = new ArrayList<>();
        for (T item : value) {
          texts.add(escape(element.format(item), ","));
        }
        Collections.sort(texts);
        return String.join(",", texts);
      }

      @Override
      public String expectation() {
        return "a comma-separated set of " + element.expectation();
      }

      @Override
      public List<String> choices() {
        return element.choices();
      }
    };
  }

  /**
   * Comma-separated {@code key=value} pairs, e.g. {@code muon=0.9,electron=0.8}; formatted sorted
   * by key. A key appears once; the empty text is the empty map.
   */
  public static <T> Converter<Map<String, T>> mapOf(Converter<T> value) {
    return new Converter<>() {
      @Override
      public Map<String, T> parse(String text) {
        Map<String, T> result = new LinkedHashMap<>();
        if (text.isEmpty()) {
          return Map.of();
        }
        for (String pair : splitEscaped(text, ',')) {
          List<String> kv = splitEscaped(pair, '=');
          if (kv.size() != 2 || kv.get(0).isEmpty()) {
            throw new IllegalArgumentException(Quoting.quote(pair) + " is not key=value");
          }
          String key = unescape(kv.get(0));
          String item = unescape(kv.get(1));
          T parsed;
          try {
            parsed = value.parse(item);
          } catch (RuntimeException e) {
            throw new IllegalArgumentException(
                "the value of key " + Quoting.quote(key) + " is " + Quoting.quote(item)
                    + reason(e, value), e);
          }
          if (result.put(key, parsed) != null) {
            throw new IllegalArgumentException("key " + Quoting.quote(key) + " appears twice");
          }
        }
        return Collections.unmodifiableMap(result);
      }

      @Override
      public String format(Map<String, T> map) {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, T> entry : new TreeMap<>(map).entrySet()) {
          if (out.length() > 0) {
            out.append(',');
          }
          out.append(escape(entry.getKey(), ",="))
              .append('=')
              .append(escape(value.format(entry.getValue()), ",="));
        }
        return out.toString();
      }

      @Override
      public String expectation() {
        return "comma-separated key=value pairs whose values are " + value.expectation()
            + ", e.g. a=1,b=2";
      }
    };
  }

  /** {@link Converters#reason} of an element's failure, after a comma; empty when none. */
  static String reason(RuntimeException e, Converter<?> element) {
    String reason = Converters.reason(e, element.expectation());
    return reason.isEmpty() ? "" : ", " + reason;
  }

  /** Backslash-escapes backslashes and {@code specials}. */
  static String escape(String text, String specials) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '\\' || specials.indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * Splits at unescaped {@code separator}, keeping escapes in the parts: the items of a list,
   * set or map as {@code format} writes them (also for showing them shortened).
   */
  public static List<String> splitEscaped(String text, char separator) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
      } else if (c == separator) {
        parts.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    parts.add(current.toString());
    return parts;
  }

  static String unescape(String text) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        c = text.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
