package dev.docket.runtime.format;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random values made of the characters the formats treat specially come back as written: the
 * hand-written CSV and properties writers and readers agree with each other on every mix.
 */
class RoundTripTest {
  /** Quotes, separators, every line end, escapes, spaces, and characters beyond ASCII. */
  private static final String[] PIECES = {
    "a", "b", ",", "\"", "\n", "\r", "\r\n", " ", "\t", "=", ":", "#", "!", "\\", "é", "→", "🙂",
    "\\u0041", "\f"
  };

  private static final int ROUNDS = 500;

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(6);
    for (int i = 0; i < pieces; i++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
    }
    return text.toString();
  }

  private static <T> T roundTrip(Format<T> format, T value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    format.write(value, out);
    return format.read(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void csvRowsComeBackAsWritten() throws IOException {
    Random random = new Random(12);
    for (int round = 0; round < ROUNDS; round++) {
      List<List<String>> rows = new ArrayList<>();
      int count = random.nextInt(4);
      for (int r = 0; r < count; r++) {
        List<String> row = new ArrayList<>();
        int fields = random.nextInt(4);
        for (int f = 0; f < fields; f++) {
          row.add(text(random));
        }
        rows.add(row);
      }
      assertWithMessage("rows %s", rows).that(roundTrip(Formats.CSV, rows)).isEqualTo(rows);
    }
  }

  @Test
  void propertiesComeBackAsWritten() throws IOException {
    Random random = new Random(34);
    for (int round = 0; round < ROUNDS; round++) {
      Properties properties = new Properties();
      int count = random.nextInt(4);
      for (int i = 0; i < count; i++) {
        properties.setProperty(text(random), text(random));
      }
      assertWithMessage("properties %s", properties)
          .that(roundTrip(Formats.PROPERTIES, properties))
          .isEqualTo(properties);
    }
  }

  @Test
  void linesWithoutLineBreaksComeBackAsWritten() throws IOException {
    Random random = new Random(56);
    for (int round = 0; round < ROUNDS; round++) {
      List<String> lines = new ArrayList<>();
      int count = random.nextInt(5);
      for (int i = 0; i < count; i++) {
        lines.add(text(random).replaceAll("[\r\n]", ""));
      }
      assertWithMessage("lines %s", lines).that(roundTrip(Formats.LINES, lines)).isEqualTo(lines);
    }
  }
}
