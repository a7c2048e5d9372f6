package dev.docket.runtime.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The built-in formats, and a user's own by name: what {@code target.read(...)} and {@code
 * target.write(..., value)} take on any {@link dev.docket.runtime.FileTarget}, local or remote.
 *
 * <pre>{@code
 * List<String> datasets = datasetList().read(Formats.LINES);
 * output().write(Formats.json(Calibration.class), new Calibration(1.02, 0.01));
 * Calibration calibration = input().read(Formats.json(Calibration.class));
 * }</pre>
 *
 * <p>Every write replaces the file atomically: a format that fails half-way leaves the file as
 * it was. Content that does not parse is an {@link java.io.IOException} naming the file, the
 * format, and where in the file, e.g. {@code cannot read /store/a.json as JSON: Unexpected
 * character ('x' (code 120)) ... at line 3, column 5}.
 */
public final class Formats {
  /** The whole file as UTF-8 text, as it is; bytes that are not UTF-8 are an error. */
  public static final Format<String> TEXT = new TextFormat();

  /**
   * UTF-8 text as a list of lines, without their line ends; written with a {@code \n} after
   * every line. A line holding a line break cannot be written.
   */
  public static final Format<List<String>> LINES = new LinesFormat();

  /** The file's bytes. */
  public static final Format<byte[]> BYTES = new BytesFormat();

  /**
   * Any JSON value as a Jackson tree ({@code node.get("pt").asDouble()}); written indented. See
   * {@link #json(Class)} for records and other classes.
   */
  public static final Format<JsonNode> JSON = JsonFormat.tree();

  /**
   * Rows of string fields with RFC 4180 quoting (a field with a comma, quote or line break is
   * quoted, its quotes doubled); rows may differ in length. A header row is just the first row.
   */
  public static final Format<List<List<String>>> CSV = new CsvFormat();

  /**
   * {@link Properties}, written sorted by key and without a date comment, so that equal
   * properties make equal files.
   */
  public static final Format<Properties> PROPERTIES = new PropertiesFormat();

  private Formats() {}

  /**
   * JSON bound to {@code type} with Jackson: a record (by its components), a class with getters
   * and setters or public fields, a {@code Map}, a {@code List}; {@code Object.class} reads any
   * value as maps, lists, strings, numbers and booleans. Unknown fields are an error.
   */
  public static <T> Format<T> json(Class<T> type) {
    if (type == null) {
      throw new NullPointerException("type");
    }
    return JsonFormat.of(type);
  }

  /**
   * The format named {@code name}: a built-in one ({@code text}, {@code lines}, {@code bytes},
   * {@code json}, {@code csv}, {@code properties}) or a {@link NamedFormat} registered as a
   * service. Its values are of the type that format reads and writes.
   *
   * @throws IllegalArgumentException when no format has that name: the message lists the known
   *     names and says how to register a format
   */
  @SuppressWarnings("unchecked") // the caller names the type, as with any lookup by name
  public static <T> Format<T> named(String name) {
    return (Format<T>) NamedFormats.find(name);
  }

  /** The names {@link #named} knows now, sorted. */
  public static Set<String> names() {
    return NamedFormats.all().keySet();
  }
}
