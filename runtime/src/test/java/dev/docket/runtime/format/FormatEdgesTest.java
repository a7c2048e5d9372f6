package dev.docket.runtime.format;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The edges of the hand-written formats, on streams: the line a CSV error names across every
 * kind of line end, a lone {@code \r}, null rows and fields, the characters properties escape,
 * and where in a JSON value binding failed.
 */
class FormatEdgesTest {
  private static <T> T read(Format<T> format, String text) throws IOException {
    return format.read(new ByteArrayInputStream(text.getBytes(UTF_8)));
  }

  private static <T> String write(Format<T> format, T value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(value, out);
    return out.toString(UTF_8);
  }

  private static String csvError(String text) {
    return assertThrows(IOException.class, () -> read(Formats.CSV, text)).getMessage();
  }

  @Test
  void aCsvErrorNamesItsLineWhateverTheLineEndsBefore() {
    assertThat(csvError("x\r\ny\r\n\"q\"z")).startsWith("line 3: 'z' after a closing quote");
    assertThat(csvError("x\ry\r\"q\"z")).startsWith("line 3: 'z' after a closing quote");
    // Line ends inside a quoted field count: a lone \r as one, \r\n as one.
    assertThat(csvError("\"a\rb\"z")).startsWith("line 2: 'z'");
    assertThat(csvError("\"a\r\nb\"z")).startsWith("line 2: 'z'");
    assertThat(csvError("\"a\n\nb\"z")).startsWith("line 3: 'z'");
    assertThat(csvError("\"a\r")).startsWith("line 1: the quoted field");
    assertThat(csvError("a\nb\n\"c\nd")).isEqualTo(
        "line 3: the quoted field that starts there is never closed");
    assertThat(csvError("a\r\nb\"c")).startsWith("line 2: a quote inside a field");
  }

  @Test
  void aCsvRowMayEndWithALoneCarriageReturnOrTheText() throws IOException {
    assertThat(read(Formats.CSV, "a\r")).containsExactly(List.of("a"));
    assertThat(read(Formats.CSV, "a\rb")).containsExactly(List.of("a"), List.of("b")).inOrder();
    assertThat(read(Formats.CSV, "\r\n\r\n")).containsExactly(List.of(), List.of());
    assertThat(read(Formats.CSV, "\"a\"\r\n\"b\"\r"))
        .containsExactly(List.of("a"), List.of("b")).inOrder();
    assertThat(read(Formats.CSV, "a,,b,")).containsExactly(List.of("a", "", "b", ""));
    assertThat(read(Formats.CSV, "\"a\"\"\",\"\"")).containsExactly(List.of("a\"", ""));
  }

  @Test
  void aNullRowOrFieldIsRefusedNamingIt() {
    IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
        () -> write(Formats.CSV, Arrays.asList(List.of("a"), null)));
    assertThat(row).hasMessageThat().isEqualTo("row 2 is null");
    IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
        () -> write(Formats.CSV, List.of(Arrays.asList((String) null))));
    assertThat(field).hasMessageThat()
        .isEqualTo("row 1, field 1 is null; write \"\" for an empty field");
    IllegalArgumentException second = assertThrows(IllegalArgumentException.class,
        () -> write(Formats.CSV, List.of(List.of("a"), Arrays.asList("b", null))));
    assertThat(second).hasMessageThat().startsWith("row 2, field 2 is null");
    IllegalArgumentException line = assertThrows(IllegalArgumentException.class,
        () -> write(Formats.LINES, Arrays.asList("a", null)));
    assertThat(line).hasMessageThat().isEqualTo("line 2 of the list is null");
    IllegalArgumentException cr = assertThrows(IllegalArgumentException.class,
        () -> write(Formats.LINES, List.of("a\rb")));
    assertThat(cr).hasMessageThat().startsWith("line 1 of the list holds a line break");
  }

  @Test
  void aCsvFieldIsQuotedForEachSpecialCharacterAlone() throws IOException {
    assertThat(write(Formats.CSV, List.of(List.of("a\rb", "c", "d\"", "e,f", "g\nh"))))
        .isEqualTo("\"a\rb\",c,\"d\"\"\",\"e,f\",\"g\nh\"\n");
  }

  @Test
  void propertiesEscapeControlCharactersAndLeaveTheLastAsciiOne() throws IOException {
    Properties properties = new Properties();
    properties.setProperty("k\u0001", "~\u007f\t\r\f x");
    assertThat(write(Formats.PROPERTIES, properties))
        .isEqualTo("k\\u0001=~\\u007F\\t\\r\\f x\n");
    assertThat(read(Formats.PROPERTIES, write(Formats.PROPERTIES, properties)))
        .isEqualTo(properties);
  }

  @Test
  void propertiesThatAreNotStringsAreRefused() {
    Properties properties = new Properties();
    properties.put("n", 1);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> write(Formats.PROPERTIES, properties));
    assertThat(e).hasMessageThat().isEqualTo("the properties hold n=1, which is not a pair of"
        + " strings; set them with setProperty(String, String)");
    Properties key = new Properties();
    key.put(2, "v");
    assertThrows(IllegalArgumentException.class, () -> write(Formats.PROPERTIES, key));
  }

  record Cut(String variable, double min) {}

  record Cuts(String name, List<Cut> cuts) {}

  @Test
  void aBindingErrorSaysWhereInTheValue() {
    IOException nested = assertThrows(IOException.class, () -> read(Formats.json(Cuts.class),
        "{\"name\": \"sel\", \"cuts\": [{\"variable\": \"pt\", \"min\": 1},"
            + " {\"variable\": \"eta\", \"min\": 2}, {\"variable\": \"m\", \"min\": \"low\"}]}"));
    assertThat(nested).hasMessageThat().endsWith(" at cuts[2].min");
    assertThat(nested).hasMessageThat().startsWith("Cannot deserialize value of type `double`");
    assertThat(nested).hasMessageThat().doesNotContain("\n");
    IOException first = assertThrows(IOException.class, () -> read(Formats.json(Cuts.class),
        "{\"name\": \"sel\", \"cuts\": [{\"variable\": \"m\", \"min\": \"low\"}]}"));
    assertThat(first).hasMessageThat().endsWith(" at cuts[0].min");
  }

  @Test
  void aLineStartingWithALineBreakIsRefusedToo() {
    for (String line : List.of("\nb", "\rb")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> write(Formats.LINES, List.of("a", line)));
      assertThat(e).hasMessageThat().startsWith("line 2 of the list holds a line break");
    }
  }

  @Test
  void eachBuiltInFormatHasItsName() {
    assertThat(Formats.TEXT.name()).isEqualTo("text");
    assertThat(Formats.LINES.name()).isEqualTo("lines");
    assertThat(Formats.BYTES.name()).isEqualTo("bytes");
    assertThat(Formats.CSV.name()).isEqualTo("csv");
    assertThat(Formats.PROPERTIES.name()).isEqualTo("properties");
    assertThat(Formats.json(Cut.class).name()).isEqualTo("json");
  }

  @Test
  void aSyntaxErrorSaysTheLineAndColumn() {
    IOException e = assertThrows(IOException.class, () -> read(Formats.JSON, "[1,\n 2,\n  x]"));
    assertThat(e).hasMessageThat().endsWith(" at line 3, column 3");
    assertThat(e).hasMessageThat().startsWith("Unrecognized token 'x'");
  }

  @Test
  void jsonEndsWithALineBreakAfterTheValue() throws IOException {
    assertThat(write(Formats.json(Cut.class), new Cut("pt", 1.5)))
        .isEqualTo("{\n  \"variable\" : \"pt\",\n  \"min\" : 1.5\n}\n");
    assertThat(read(Formats.json(Integer.class), "7")).isEqualTo(7);
    assertThat(Formats.JSON.name()).isEqualTo("json");
  }
}
