package dev.docket.runtime.format;

import static com.google.common.truth.Truth.assertThat;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.internal.store.LocalStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each built-in format written to and read from a local file. */
class FormatsTest {
  @TempDir Path store;

  @BeforeEach
  void installStore() {
    LocalStore.install(store);
  }

  record Cut(String variable, double min, List<Integer> bins) {}

  /** A bean, as older code has them: Jackson binds it through its getters and setters. */
  public static final class Histogram {
    private String name;
    private int entries;

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public int getEntries() {
      return entries;
    }

    public void setEntries(int entries) {
      this.entries = entries;
    }
  }

  private static LocalFileTarget target(String name) {
    return LocalFileTarget.of(name);
  }

  private String onDisk(String name) throws IOException {
    return Files.readString(store.resolve(name), UTF_8);
  }

  @Test
  void textRoundTripsUnicodeAndKeepsLineEndsAsTheyAre() throws IOException {
    String text = "μ⁺μ⁻ → Z 🙂\r\nlast line without end";
    target("a.txt").write(Formats.TEXT, text);
    assertThat(target("a.txt").read(Formats.TEXT)).isEqualTo(text);
    assertThat(onDisk("a.txt")).isEqualTo(text);
  }

  @Test
  void textOfAnEmptyFileIsEmpty() throws IOException {
    target("empty.txt").write(Formats.TEXT, "");
    assertThat(Files.size(store.resolve("empty.txt"))).isEqualTo(0);
    assertThat(target("empty.txt").read(Formats.TEXT)).isEmpty();
  }

  @Test
  void bytesRoundTripEveryByteValue() throws IOException {
    byte[] all = new byte[256];
    for (int i = 0; i < all.length; i++) {
      all[i] = (byte) i;
    }
    target("a.bin").write(Formats.BYTES, all);
    assertThat(target("a.bin").read(Formats.BYTES)).isEqualTo(all);
    target("b.bin").write(Formats.BYTES, new byte[0]);
    assertThat(target("b.bin").read(Formats.BYTES)).isEmpty();
  }

  @Test
  void linesEndEachWithANewlineAndComeBackAsWritten() throws IOException {
    List<String> lines = List.of("ttbar", "", "dy ñ", "");
    target("l.txt").write(Formats.LINES, lines);
    assertThat(onDisk("l.txt")).isEqualTo("ttbar\n\ndy ñ\n\n");
    assertThat(target("l.txt").read(Formats.LINES)).isEqualTo(lines);
  }

  @Test
  void linesReadEveryLineEndAndALastLineWithoutOne() throws IOException {
    Files.writeString(store.resolve("l.txt"), "a\r\nb\rc\nd");
    assertThat(target("l.txt").read(Formats.LINES)).containsExactly("a", "b", "c", "d").inOrder();
    Files.writeString(store.resolve("e.txt"), "");
    assertThat(target("e.txt").read(Formats.LINES)).isEmpty();
    target("none.txt").write(Formats.LINES, List.of());
    assertThat(onDisk("none.txt")).isEmpty();
  }

  @Test
  void aLineWithALineBreakIsRefusedBeforeAnythingIsWritten() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> target("l.txt").write(Formats.LINES, List.of("a", "b\nc")));
    assertThat(e).hasMessageThat().contains("line 2 of the list holds a line break");
    assertThat(store.resolve("l.txt").toFile().exists()).isFalse();
  }

  @Test
  void jsonTreeRoundTrips() throws IOException {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("dataset", "ttbar ✓").put("events", 120_000).putArray("weights").add(0.5).add(2);
    target("a.json").write(Formats.JSON, node);
    JsonNode back = target("a.json").read(Formats.JSON);
    assertThat(back).isEqualTo(node);
    assertThat(back.get("weights").get(1).asInt()).isEqualTo(2);
    assertThat(onDisk("a.json")).endsWith("}\n");
    assertThat(onDisk("a.json")).contains("\n  \"events\" : 120000");
  }

  @Test
  void jsonBindsRecords() throws IOException {
    Cut cut = new Cut("pt", 25.5, List.of(1, 2, 3));
    target("cut.json").write(Formats.json(Cut.class), cut);
    assertThat(target("cut.json").read(Formats.json(Cut.class))).isEqualTo(cut);
    assertThat(target("cut.json").read(Formats.JSON).get("variable").asText()).isEqualTo("pt");
  }

  @Test
  void jsonBindsBeansAndPlainObjects() throws IOException {
    Histogram histogram = new Histogram();
    histogram.setName("m_jj");
    histogram.setEntries(42);
    target("h.json").write(Formats.json(Histogram.class), histogram);
    Histogram back = target("h.json").read(Formats.json(Histogram.class));
    assertThat(back.getName()).isEqualTo("m_jj");
    assertThat(back.getEntries()).isEqualTo(42);
    assertThat(target("h.json").read(Formats.json(Object.class)))
        .isEqualTo(Map.of("name", "m_jj", "entries", 42));
  }

  @Test
  void csvQuotesCommasQuotesAndLineBreaks() throws IOException {
    List<List<String>> rows =
        List.of(
            List.of("name", "comment", "value"),
            List.of("a,b", "say \"hi\"", "line\nbreak"),
            List.of("crlf\r\ninside", " spaced ", ""),
            List.of("ü→🙂"));
    target("t.csv").write(Formats.CSV, rows);
    assertThat(onDisk("t.csv"))
        .isEqualTo(
            "name,comment,value\n"
                + "\"a,b\",\"say \"\"hi\"\"\",\"line\nbreak\"\n"
                + "\"crlf\r\ninside\", spaced ,\n"
                + "ü→🙂\n");
    assertThat(target("t.csv").read(Formats.CSV)).isEqualTo(rows);
  }

  @Test
  void csvKeepsAnEmptyRowApartFromARowWithOneEmptyField() throws IOException {
    List<List<String>> rows = List.of(List.of(), List.of(""), List.of("", ""), List.of("x"));
    target("e.csv").write(Formats.CSV, rows);
    assertThat(onDisk("e.csv")).isEqualTo("\n\"\"\n,\nx\n");
    assertThat(target("e.csv").read(Formats.CSV)).isEqualTo(rows);
    target("none.csv").write(Formats.CSV, List.of());
    assertThat(target("none.csv").read(Formats.CSV)).isEmpty();
  }

  @Test
  void csvReadsCrlfALastRowWithoutEndAndASpreadsheetsByteOrderMark() throws IOException {
    Files.writeString(store.resolve("x.csv"), "\uFEFFa,\"b\r\nc\"\r\n1,2,\r\nlast");
    assertThat(target("x.csv").read(Formats.CSV))
        .containsExactly(List.of("a", "b\r\nc"), List.of("1", "2", ""), List.of("last"))
        .inOrder();
  }

  @Test
  void propertiesAreWrittenSortedWithoutADateAndRoundTrip() throws IOException {
    Properties properties = new Properties();
    properties.setProperty("z.last", "1");
    properties.setProperty("a first", " leading space, = and : and # ");
    properties.setProperty("m.unicode", "µ → 🙂");
    properties.setProperty("m.lines", "one\ntwo\\three");
    properties.setProperty("empty", "");
    target("p.properties").write(Formats.PROPERTIES, properties);
    String written = onDisk("p.properties");
    assertThat(written)
        .isEqualTo(
            "a\\ first=\\ leading space, \\= and \\: and \\# \n"
                + "empty=\n"
                + "m.lines=one\\ntwo\\\\three\n"
                + "m.unicode=\\u00B5 \\u2192 \\uD83D\\uDE42\n"
                + "z.last=1\n");
    assertThat(target("p.properties").read(Formats.PROPERTIES)).isEqualTo(properties);

    // The same properties put in another order make the same bytes.
    Properties reversed = new Properties();
    List.of("z.last", "m.unicode", "m.lines", "empty", "a first")
        .forEach(key -> reversed.setProperty(key, properties.getProperty(key)));
    target("q.properties").write(Formats.PROPERTIES, reversed);
    assertThat(onDisk("q.properties")).isEqualTo(written);
  }

  @Test
  void propertiesEditedByHandInUtf8AreRead() throws IOException {
    Files.writeString(store.resolve("h.properties"), "# cuts\nlabel = m_{µµ}\nweight: 2\n");
    Properties read = target("h.properties").read(Formats.PROPERTIES);
    assertThat(read.getProperty("label")).isEqualTo("m_{µµ}");
    assertThat(read.getProperty("weight")).isEqualTo("2");
    assertThat(read).hasSize(2);
  }
}
