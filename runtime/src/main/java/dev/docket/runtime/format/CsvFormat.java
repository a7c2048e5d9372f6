package dev.docket.runtime.format;

import dev.docket.runtime.internal.text.Utf8;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link Formats#CSV}: rows of fields, quoted as RFC 4180 says: a field holding a comma, a quote
 * or a line break is put in quotes, its quotes doubled. Reading takes {@code \r\n}, {@code \n} or
 * {@code \r} as a row's end and skips a UTF-8 byte order mark (spreadsheets write one); writing
 * ends rows with {@code \n}. Rows may differ in length. An empty line is a row with no field; a
 * row whose one field is empty is written {@code ""}, so that both come back as they were.
 */
final class CsvFormat implements Format<List<List<String>>> {
  @Override
  public List<List<String>> read(InputStream in) throws IOException {
    String text = Utf8.read(in);
    return new Parser(text.startsWith("\uFEFF") ? text.substring(1) : text).rows();
  }

  @Override
  public void write(List<List<String>> rows, OutputStream out) throws IOException {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      if (row == null) {
        throw new IllegalArgumentException("row " + (r + 1) + " is null");
      }
      if (row.size() == 1 && row.get(0) != null && row.get(0).isEmpty()) {
        text.append("\"\"\n");
        continue;
      }
      for (int f = 0; f < row.size(); f++) {
        String field = row.get(f);
        if (field == null) {
          throw new IllegalArgumentException(
              "row " + (r + 1) + ", field " + (f + 1) + " is null; write \"\" for an empty field");
        }
        if (f > 0) {
          text.append(',');
        }
        appendField(text, field);
      }
      text.append('\n');
    }
    out.write(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void appendField(StringBuilder text, String field) {
    boolean quoted = false;
    for (int i = 0; i < field.length() && !quoted; i++) {
      char c = field.charAt(i);
      quoted = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quoted) {
      text.append(field);
      return;
    }
    text.append('"').append(field.replace("\"", "\"\"")).append('"');
  }

  @Override
  public String name() {
    return "csv";
  }

  /** One pass over the text; {@code line} counts the file's lines for messages. */
  private static final class Parser {
    private final String text;
    private int at;
    private int line = 1;

    Parser(String text) {
      this.text = text;
    }

    List<List<String>> rows() throws IOException {
      List<List<String>> rows = new ArrayList<>();
      while (at < text.length()) {
        List<String> row = new ArrayList<>();
        if (!endOfRow()) {
          row.add(field());
          while (at < text.length() && text.charAt(at) == ',') {
            at++;
            row.add(field());
          }
        }
        skipRowEnd();
        rows.add(List.copyOf(row));
      }
      return List.copyOf(rows);
    }

    private boolean endOfRow() {
      char c = text.charAt(at);
      return c == '\n' || c == '\r';
    }

    /** Steps over the end of a row; the text's end ends the last row too. */
    private void skipRowEnd() {
      if (at == text.length()) {
        return;
      }
      if (text.charAt(at) == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
        at++;
      }
      at++;
      line++;
    }

    private String field() throws IOException {
      if (at < text.length() && text.charAt(at) == '"') {
        return quoted();
      }
      int start = at;
      while (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
        if (text.charAt(at) == '"') {
          throw new IOException(
              "line " + line + ": a quote inside a field that does not start with one; a field"
                  + " holding quotes must be quoted whole, its quotes doubled (\"a \"\"b\"\"\")");
        }
        at++;
      }
      return text.substring(start, at);
    }

    private String quoted() throws IOException {
      int opened = line;
      at++;
      StringBuilder field = new StringBuilder();
      while (true) {
        if (at == text.length()) {
          throw new IOException(
              "line " + opened + ": the quoted field that starts there is never closed");
        }
        char c = text.charAt(at++);
        if (c == '"') {
          if (at < text.length() && text.charAt(at) == '"') {
            field.append('"');
            at++;
            continue;
          }
          break;
        }
        if (c == '\n' || (c == '\r' && (at == text.length() || text.charAt(at) != '\n'))) {
          line++;
        }
        field.append(c);
      }
      if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
        throw new IOException(
            "line " + line + ": '" + text.charAt(at) + "' after a closing quote, where a comma"
                + " or the row's end was expected; double a quote that belongs to the field");
      }
      return field.toString();
    }
  }
}
