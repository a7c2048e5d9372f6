package dev.docket.runtime.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * How a value is read from and written to a file: {@code target.read(format)} and {@code
 * target.write(format, value)} on any {@link dev.docket.runtime.FileTarget}, local or remote.
 *
 * @param <T> the type of the value
 */
public interface Format<T> {
  /** Reads a whole value from {@code in}; does not close it. */
  T read(InputStream in) throws IOException;

  /** Writes {@code value} to {@code out}; does not close it. */
  void write(T value, OutputStream out) throws IOException;
}
