package dev.docket.runtime.format;

import dev.docket.runtime.internal.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@link Formats#TEXT}: the whole file as UTF-8 text, exactly as it is. */
final class TextFormat implements Format<String> {
  @Override
  public String read(InputStream in) throws IOException {
    return Utf8.read(in);
  }

  @Override
  public void write(String value, OutputStream out) throws IOException {
    out.write(value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return "text";
  }
}
