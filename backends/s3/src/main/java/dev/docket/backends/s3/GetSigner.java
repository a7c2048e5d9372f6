package dev.docket.backends.s3;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * SigV4 for {@link DirectGet}'s one kind of request, a GET without a body or a query, with
 * {@code UNSIGNED-PAYLOAD} as the body's hash (as curl's {@code --aws-sigv4} and the SDK over
 * https send it). Written out rather than taken from the SDK's signer because that signer's first
 * use in a fresh JVM loaded about 150 classes and took 110-250 ms of CPU here (checksum
 * machinery, date formatters), a third of a 1 GB download's first-use cost at page-cache speed;
 * this takes the JDK's SHA-256 alone, and plain loops where a lambda's first use in a fresh JVM
 * would spin classes. {@code GetSignerTest} holds it to the SDK's
 * signer, and s3proxy checks every signature in the tests.
 */
final class GetSigner {
  static final String UNSIGNED = "UNSIGNED-PAYLOAD";
  /** SHA-256's block size in bytes, HMAC's key length. */
  private static final int BLOCK = 64;

  private final String region;

  GetSigner(String region) {
    this.region = region;
  }

  /**
   * The headers to send with {@code GET encodedPath} to {@code host} (with its port where it is
   * not the scheme's), signed with {@code credentials} at {@code now}, {@code Authorization}
   * last.
   */
  Map<String, String> headers(String host, String encodedPath, AwsCredentials credentials, Instant now) {
    String amzDate = amzDate(now);
    String day = amzDate.substring(0, 8);
    // Sorted by name, as SigV4 wants them in the canonical request.
    Map<String, String> signed = new LinkedHashMap<>();
    signed.put("host", host);
    signed.put("x-amz-content-sha256", UNSIGNED);
    signed.put("x-amz-date", amzDate);
    if (credentials instanceof AwsSessionCredentials session) {
      signed.put("x-amz-security-token", session.sessionToken());
    }
    StringBuilder canonical = new StringBuilder("GET\n").append(encodedPath).append("\n\n");
    for (Map.Entry<String, String> header : signed.entrySet()) { // loops, not lambdas: see the class comment
      canonical.append(header.getKey()).append(':').append(header.getValue().trim()).append('\n');
    }
    String names = String.join(";", signed.keySet());
    canonical.append('\n').append(names).append('\n').append(UNSIGNED);
    String scope = day + "/" + region + "/s3/aws4_request";
    String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n" + hex(sha256(canonical.toString()));
    byte[] key = hmac(("AWS4" + credentials.secretAccessKey()).getBytes(StandardCharsets.UTF_8), day);
    for (String part : new String[] {region, "s3", "aws4_request"}) {
      key = hmac(key, part);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (Map.Entry<String, String> header : signed.entrySet()) {
      headers.put(header.getKey().equals("host") ? "Host" : header.getKey(), header.getValue());
    }
    headers.put("Authorization", "AWS4-HMAC-SHA256 Credential=" + credentials.accessKeyId() + "/" + scope
        + ", SignedHeaders=" + names + ", Signature=" + hex(hmac(key, toSign)));
    return headers;
  }

  /** {@code yyyyMMdd'T'HHmmss'Z'} in UTC, without a formatter (building one costs more than the rest). */
  static String amzDate(Instant now) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(now.getEpochSecond(), 0, ZoneOffset.UTC);
    StringBuilder s = new StringBuilder(16).append(t.getYear());
    for (int field : new int[] {t.getMonthValue(), t.getDayOfMonth(), -1, t.getHour(), t.getMinute(), t.getSecond()}) {
      if (field < 0) {
        s.append('T');
      } else {
        s.append((char) ('0' + field / 10)).append((char) ('0' + field % 10));
      }
    }
    return s.append('Z').toString();
  }

  private static byte[] sha256(String text) {
    return sha256().digest(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * HMAC-SHA256 (RFC 2104) on the JDK's SHA-256: {@code javax.crypto.Mac} would load the JCE's
   * providers and crypto policy first, 35-50 ms of CPU in a fresh JVM here for four short hashes.
   */
  static byte[] hmac(byte[] key, String text) {
    MessageDigest sha = sha256();
    byte[] k = key.length > BLOCK ? sha.digest(key) : key;
    byte[] inner = new byte[BLOCK];
    byte[] outer = new byte[BLOCK];
    for (int i = 0; i < BLOCK; i++) {
      byte b = i < k.length ? k[i] : 0;
      inner[i] = (byte) (b ^ 0x36);
      outer[i] = (byte) (b ^ 0x5c);
    }
    sha.update(inner);
    byte[] innerHash = sha.digest(text.getBytes(StandardCharsets.UTF_8));
    sha.update(outer);
    return sha.digest(innerHash);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  private static String hex(byte[] bytes) {
    char[] digits = "0123456789abcdef".toCharArray();
    StringBuilder s = new StringBuilder(bytes.length * 2);
    for (byte b : bytes) {
      s.append(digits[(b >> 4) & 0xf]).append(digits[b & 0xf]);
    }
    return s.toString();
  }
}
