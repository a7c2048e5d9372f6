package dev.docket.backends.s3;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * A refused {@link DirectGet} as the exception the SDK would have thrown for it, so that {@link
 * S3Errors} judges both paths alike: the status, and the {@code Code} and {@code Message} of S3's
 * XML error body when there is one (a proxy's 503 may have none).
 */
final class ErrorAnswer {
  private static final Pattern CODE = Pattern.compile("<Code>([^<]*)</Code>");
  private static final Pattern MESSAGE = Pattern.compile("<Message>([^<]*)</Message>");

  private ErrorAnswer() {}

  static S3Exception of(ResponseHead head, byte[] body) {
    String text = new String(head.chunked() ? unchunked(body) : body, StandardCharsets.UTF_8);
    String code = first(CODE, text);
    String message = first(MESSAGE, text);
    AwsErrorDetails.Builder details = AwsErrorDetails.builder().serviceName("S3");
    if (code != null) {
      details.errorCode(code);
    }
    if (message != null) {
      details.errorMessage(message);
    }
    return (S3Exception) S3Exception.builder()
        .statusCode(head.status())
        .awsErrorDetails(details.build())
        .message((message == null ? "HTTP " + head.status() : message)
            + " (Service: S3, Status Code: " + head.status() + ")")
        .build();
  }

  private static String first(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? m.group(1) : null;
  }

  /** The data of a chunked body (size line, data, CRLF, ...), as far as it is well formed. */
  static byte[] unchunked(byte[] body) {
    StringBuilder out = new StringBuilder();
    String raw = new String(body, StandardCharsets.ISO_8859_1);
    int at = 0;
    while (at < raw.length()) {
      int eol = raw.indexOf("\r\n", at);
      if (eol < 0) {
        break;
      }
      int size;
      try {
        size = Integer.parseInt(raw.substring(at, eol).split(";", 2)[0].trim(), 16);
      } catch (NumberFormatException e) {
        break;
      }
      int start = eol + 2;
      if (size == 0 || start + size > raw.length()) {
        out.append(raw, start, Math.min(start + size, raw.length()));
        break;
      }
      out.append(raw, start, start + size);
      at = start + size + 2;
    }
    return out.toString().getBytes(StandardCharsets.ISO_8859_1);
  }
}
