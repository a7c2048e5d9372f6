package dev.docket.runtime.internal.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8Test {
  @Test
  void decodesUtf8TextWholeIncludingCharactersOfSeveralBytes() throws Exception {
    String text = "jets ≥ 4, µ = 0.5 — ✓";
    assertEquals(text, Utf8.decode(text.getBytes(StandardCharsets.UTF_8)));
    assertEquals(text, Utf8.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))));
    assertEquals("", Utf8.decode(new byte[0]));
  }

  @Test
  void aBadByteIsAnErrorAtItsOffsetNotAReplacementCharacter() {
    byte[] latin1 = "ab\ncé".getBytes(StandardCharsets.ISO_8859_1);
    Utf8.NotUtf8 e = assertThrows(Utf8.NotUtf8.class, () -> Utf8.decode(latin1));
    assertEquals(4, e.offset());
    assertEquals(
        "not UTF-8 text: the bytes at offset 4 are no UTF-8 character (was the file written in"
            + " another encoding, such as Latin-1?)",
        e.getMessage());
  }

  @Test
  void aCharacterCutShortAtTheEndIsAnError() {
    byte[] cut = {'o', 'k', (byte) 0xE2, (byte) 0x89};
    assertEquals(2, assertThrows(Utf8.NotUtf8.class, () -> Utf8.decode(cut)).offset());
  }
}
