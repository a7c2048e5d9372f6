package dev.docket.runtime.internal.config;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text of docket.cfg: UTF-8, no control characters, not too large; a BOM dropped. */
class ConfigTextTest {
  @TempDir Path dir;

  private Path file(byte[] bytes) throws Exception {
    return Files.write(dir.resolve("docket.cfg"), bytes);
  }

  private String refused(byte[] bytes) throws Exception {
    Path file = file(bytes);
    return assertThrows(BadInputException.class, () -> ConfigText.read(file)).getMessage();
  }

  @Test
  void aFileOfTheLimitIsReadAndOneByteMoreIsRefused() throws Exception {
    byte[] bytes = new byte[(int) ConfigText.MAX_BYTES];
    java.util.Arrays.fill(bytes, (byte) ';');
    assertThat(ConfigText.read(file(bytes))).hasLength((int) ConfigText.MAX_BYTES);

    byte[] more = new byte[(int) ConfigText.MAX_BYTES + 1];
    java.util.Arrays.fill(more, (byte) ';');
    assertThat(refused(more)).isEqualTo("configuration " + dir.resolve("docket.cfg") + " is 4 MiB, more than 4 MiB;"
        + " docket.cfg is UTF-8 text (is it the right file?)");
  }

  @Test
  void aLargerFileSaysItsSizeInMebibytes() throws Exception {
    byte[] bytes = new byte[9 << 20];
    assertThat(refused(bytes)).startsWith("configuration " + dir.resolve("docket.cfg") + " is 9 MiB, more than 4 MiB");
  }

  @Test
  void bytesThatAreNoUtf8AreNamedByTheirLine() throws Exception {
    byte[] bytes = "[a]\nx = 1\ny = caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(refused(bytes)).isEqualTo("configuration " + dir.resolve("docket.cfg") + " is not a text file: line 3"
        + " is not valid UTF-8; docket.cfg is UTF-8 text (is it the right file?)");
    byte[] first = {(byte) 0xFF, '\n'};
    assertThat(refused(first)).contains(": line 1 is not valid UTF-8;");
    byte[] afterNewline = {'a', '\n', (byte) 0xFF};
    assertThat(refused(afterNewline)).contains(": line 2 is not valid UTF-8;");
  }

  @Test
  void controlCharactersAreRefusedButTabsCarriageReturnsAndFormFeedsAreText() throws Exception {
    assertThat(ConfigText.read(file("[a]\r\nx =\t1\f\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo("[a]\r\nx =\t1\f\n");
    assertThat(refused("[a]\nx = \u0001\n".getBytes(StandardCharsets.UTF_8)))
        .contains(" is not a text file: line 2 has the control character U+0001;");
    assertThat(refused("[a]\n\nx = \u007f\n".getBytes(StandardCharsets.UTF_8)))
        .contains(" is not a text file: line 3 has the control character U+007F;");
    assertThat(refused("x = \u0000\n".getBytes(StandardCharsets.UTF_8)))
        .contains(" is not a text file: line 1 has a NUL byte;");
  }

  @Test
  void aByteOrderMarkIsDropped() throws Exception {
    assertThat(ConfigText.read(file("\uFEFF[a]\n".getBytes(StandardCharsets.UTF_8)))).isEqualTo("[a]\n");
  }

  @Test
  void aFileThatCannotBeReadSaysWhy() throws Exception {
    Path missing = dir.resolve("gone.cfg");
    assertThat(assertThrows(BadInputException.class, () -> ConfigText.read(missing)).getMessage())
        .startsWith("cannot read configuration " + missing + ": ");
  }
}
