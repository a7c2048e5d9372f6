package dev.docket.backends.s3;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The status line and the headers of an HTTP/1.1 answer that matter to {@link DirectGet}.
 *
 * @param status the status code
 * @param length the body's announced {@code Content-Length}; -1 when there is none
 * @param chunked whether the body comes in chunks ({@code Transfer-Encoding: chunked})
 */
record ResponseHead(int status, long length, boolean chunked) {
  /**
   * Where the head in {@code bytes[0, limit)} ends (the index after its blank line), searching
   * from {@code from}; -1 while it has not ended.
   */
  static int end(ByteBuffer bytes, int from, int limit) {
    for (int i = Math.max(from, 3); i < limit; i++) {
      if (bytes.get(i) == '\n' && bytes.get(i - 1) == '\r' && bytes.get(i - 2) == '\n'
          && bytes.get(i - 3) == '\r') {
        return i + 1;
      }
    }
    return -1;
  }

  /** The head in {@code bytes[0, end)}; a {@link NumberFormatException} or {@link IllegalArgumentException} when it is not HTTP. */
  static ResponseHead parse(ByteBuffer bytes, int end) {
    byte[] raw = new byte[end];
    bytes.get(0, raw);
    String[] lines = new String(raw, StandardCharsets.ISO_8859_1).split("\r\n");
    String[] status = lines[0].split(" ", 3);
    if (status.length < 2 || !status[0].startsWith("HTTP/")) {
      throw new IllegalArgumentException("not an HTTP answer: " + lines[0]);
    }
    long length = -1;
    boolean chunked = false;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      if (name.equals("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equals("transfer-encoding")) {
        chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
      }
    }
    return new ResponseHead(Integer.parseInt(status[1]), chunked ? -1 : length, chunked);
  }
}
