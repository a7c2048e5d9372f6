package dev.docket.runtime.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * How a value is read from and written to a file: {@code target.read(format)} and {@code
 * target.write(format, value)} on any {@link dev.docket.runtime.FileTarget}, local or remote.
 * {@link Formats} has the built-in ones (text, lines, bytes, JSON, CSV, properties) and finds a
 * user's own {@link NamedFormat} by its name.
 *
 * <p>Content that does not parse is an {@link IOException} whose message says what is wrong and
 * where (a line, a byte offset), without the file's name: {@code target.read(format)} puts the
 * file and the format's {@link #name()} before it, e.g. {@code cannot read /store/a.json as JSON:
 * Unexpected character ('x' (code 120)) at line 3, column 5}.
 *
 * @param <T> the type of the value
 */
public interface Format<T> {
  /** Reads a whole value from {@code in}; does not close it. */
  T read(InputStream in) throws IOException;

  /** Writes {@code value} to {@code out}; does not close it. */
  void write(T value, OutputStream out) throws IOException;

  /**
   * The name messages call the format by, e.g. {@code json}; by default the class's simple name.
   */
  default String name() {
    String simple = getClass().getSimpleName();
    return simple.isEmpty() ? getClass().getName() : simple;
  }
}
