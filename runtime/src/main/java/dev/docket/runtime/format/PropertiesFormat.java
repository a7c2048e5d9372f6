package dev.docket.runtime.format;

import dev.docket.runtime.internal.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * {@link Formats#PROPERTIES}: {@code key=value} lines as {@link Properties#load(java.io.Reader)}
 * reads them. Written sorted by key and without {@link Properties#store}'s date comment, so that
 * the same properties make the same bytes (a file that changes on every run would look new to
 * anyone comparing outputs), and in ASCII with {@code \}{@code uXXXX} escapes, so that every
 * reader of properties files reads them, whatever encoding it assumes. Read as UTF-8, so that a
 * file edited by hand may hold any character.
 */
final class PropertiesFormat implements Format<Properties> {
  @Override
  public Properties read(InputStream in) throws IOException {
    Properties properties = new Properties();
    try {
      properties.load(new StringReader(Utf8.read(in)));
    } catch (IllegalArgumentException e) {
      // load's only complaint: a broken \\uXXXX escape
      throw new IOException(e.getMessage() + " (a \\u escape needs four hex digits)", e);
    }
    return properties;
  }

  @Override
  public void write(Properties properties, OutputStream out) throws IOException {
    Map<String, String> sorted = new TreeMap<>();
    for (Map.Entry<Object, Object> entry : properties.entrySet()) {
      if (!(entry.getKey() instanceof String key) || !(entry.getValue() instanceof String value)) {
        throw new IllegalArgumentException(
            "the properties hold " + entry.getKey() + "=" + entry.getValue() + ", which is not a"
                + " pair of strings; set them with setProperty(String, String)");
      }
      sorted.put(key, value);
    }
    StringBuilder text = new StringBuilder();
    sorted.forEach(
        (key, value) -> {
          escape(text, key, true);
          text.append('=');
          escape(text, value, false);
          text.append('\n');
        });
    out.write(text.toString().getBytes(StandardCharsets.US_ASCII));
  }

  /** The escapes that {@link Properties#load(java.io.Reader)} undoes. */
  private static void escape(StringBuilder text, String s, boolean key) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case ' ' -> text.append(key || i == 0 ? "\\ " : " ");
        case '\t' -> text.append("\\t");
        case '\n' -> text.append("\\n");
        case '\r' -> text.append("\\r");
        case '\f' -> text.append("\\f");
        case '\\', '=', ':', '#', '!' -> text.append('\\').append(c);
        default -> {
          if (c < 0x20 || c > 0x7e) {
            text.append(String.format("\\u%04X", (int) c));
          } else {
            text.append(c);
          }
        }
      }
    }
  }

  @Override
  public String name() {
    return "properties";
  }
}
