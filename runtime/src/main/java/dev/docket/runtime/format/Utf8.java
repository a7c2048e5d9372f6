package dev.docket.runtime.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Strict UTF-8 decoding for the text formats, whose error says where the bad bytes are. */
final class Utf8 {
  private Utf8() {}

  /** The rest of {@code in} as text; bytes that are not UTF-8 are an error, not a '?'. */
  static String read(InputStream in) throws IOException {
    byte[] bytes = in.readAllBytes();
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
      throw new IOException(
          "not UTF-8 text: the bytes at offset " + input.position()
              + " are no UTF-8 character (was the file written in another encoding, such as"
              + " Latin-1?)");
    }
    return output.flip().toString();
  }
}
