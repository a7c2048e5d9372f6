package dev.docket.runtime.format;

import dev.docket.runtime.internal.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@link Formats#LINES}: UTF-8 text, one element per line. Reading takes {@code \n}, {@code \r\n}
 * and {@code \r} as line ends, and a last line without one; writing ends every line with {@code
 * \n}, so that a list read back is the list written.
 */
final class LinesFormat implements Format<List<String>> {
  @Override
  public List<String> read(InputStream in) throws IOException {
    return Utf8.read(in).lines().toList();
  }

  @Override
  public void write(List<String> lines, OutputStream out) throws IOException {
    // Checked before anything is written: a line with a line break would come back as two.
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line == null) {
        throw new IllegalArgumentException("line " + (i + 1) + " of the list is null");
      }
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new IllegalArgumentException(
            "line " + (i + 1) + " of the list holds a line break, so it would be read back as"
                + " two lines; split it, or write the text with Formats.TEXT");
      }
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      text.append(line).append('\n');
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String name() {
    return "lines";
  }
}
