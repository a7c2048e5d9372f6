package dev.docket.runtime.internal.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding, whose error says where the bad bytes are: the text formats' and
 * {@code docket.cfg}'s one way from bytes to text (the JDK's {@code new String(bytes, UTF_8)}
 * would turn bad bytes into '\uFFFD' and say nothing).
 */
public final class Utf8 {
  private Utf8() {}

  /** Bytes that are no UTF-8 text, with the offset of the first bad one. */
  public static final class NotUtf8 extends IOException {
    private final int offset;

    NotUtf8(int offset) {
      super("not UTF-8 text: the bytes at offset " + offset + " are no UTF-8 character (was the"
          + " file written in another encoding, such as Latin-1?)");
      this.offset = offset;
    }

    /** The offset of the first byte that is no part of a UTF-8 character. */
    public int offset() {
      return offset;
    }
  }

  /** The rest of {@code in} as text; bytes that are not UTF-8 are a {@link NotUtf8}, not a '?'. */
  public static String read(InputStream in) throws IOException {
    return decode(in.readAllBytes());
  }

  /** {@code bytes} as text; bytes that are not UTF-8 are a {@link NotUtf8}. */
  public static String decode(byte[] bytes) throws NotUtf8 {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    // UTF-8 never makes more chars than bytes.
    CharBuffer output = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(input, output, true);
    if (!result.isError()) {
      result = decoder.flush(output);
    }
    if (result.isError()) {
      // The decoder stops at the first bad byte.
      throw new NotUtf8(input.position());
    }
    return output.flip().toString();
  }
}
