package dev.docket.runtime;

import dev.docket.runtime.format.Format;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * A file (or directory) that a task reads or writes, on the local disk ({@link LocalFileTarget})
 * or on remote storage ({@code RemoteFileTarget}): code written against it works on both. Every
 * write is atomic: what is written appears only when complete, so a task that dies never leaves
 * a file that looks complete.
 */
public interface FileTarget extends Target {
  /** The whole file as UTF-8 text. */
  String readString() throws IOException;

  /** Replaces the file's content atomically, creating parent directories as needed. */
  void writeString(String content) throws IOException;

  byte[] readBytes() throws IOException;

  /** Replaces the file's content atomically, creating parent directories as needed. */
  void writeBytes(byte[] content) throws IOException;

  InputStream newInputStream() throws IOException;

  /** A stream whose content replaces the file when it is closed; nothing appears before. */
  OutputStream newOutputStream() throws IOException;

  default BufferedReader newReader() throws IOException {
    return new BufferedReader(new InputStreamReader(newInputStream(), StandardCharsets.UTF_8));
  }

  /** A UTF-8 writer whose content replaces the file when it is closed. */
  default BufferedWriter newWriter() throws IOException {
    return new BufferedWriter(new OutputStreamWriter(newOutputStream(), StandardCharsets.UTF_8));
  }

  /** Copies the file to {@code local} (replacing it), e.g. to hand it to a program. */
  void copyTo(Path local) throws IOException;

  /** Replaces the file's content, atomically, with that of {@code local}. */
  void copyFrom(Path local) throws IOException;

  /**
   * A local path holding the file's content, for libraries that need a path: the file itself
   * when it is local, a copy in the file system's cache when it is remote. Read it; do not write
   * it.
   */
  Path localized() throws IOException;

  /** The file {@code first/more...} inside this directory. */
  FileTarget child(String first, String... more);

  /** The files and directories directly inside this directory; empty when it does not exist. */
  List<? extends FileTarget> children() throws IOException;

  /** Whether this is an existing directory. */
  boolean isDirectory() throws IOException;

  /**
   * The content read with {@code format}, e.g. {@code target.read(Formats.JSON)}. Content that
   * does not parse is an {@link IOException} naming this file and the format, e.g. {@code cannot
   * read /store/a.json as JSON: Unexpected character ... at line 3, column 5}.
   */
  default <T> T read(Format<T> format) throws IOException {
    try (InputStream in = newInputStream()) {
      try {
        return format.read(in);
      } catch (IOException | UncheckedIOException e) {
        throw FormatFailures.reading(this, format, e);
      }
    }
  }

  /**
   * Replaces the content, atomically, with {@code value} written with {@code format}. When the
   * format fails half-way the file is left as it was.
   */
  default <T> void write(Format<T> format, T value) throws IOException {
    OutputStream out = newOutputStream();
    try {
      format.write(value, out);
    } catch (IOException | UncheckedIOException e) {
      FormatFailures.abort(out, e);
      throw FormatFailures.writing(this, format, e);
    } catch (RuntimeException | Error e) {
      FormatFailures.abort(out, e);
      throw e;
    }
    out.close();
  }
}
