package dev.docket.backends.s3;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;

/** {@link GetSigner} against the SDK's own SigV4 signer: the same request signed the same way. */
class GetSignerTest {
  private static final Instant NOW = Instant.parse("2026-12-02T03:04:05Z");

  @Test
  void signsAsTheSdksSignerDoes() {
    String[][] cases = {
      {"127.0.0.1:9000", "/docket-ci/measure/big.bin", "AKID", "secret", "us-east-1"},
      {"s3.example.org", "/bkt/dir/a%20b%2Bc.txt", "someone", "with/slash+plus", "eu-west-3"},
      {"host:8080", "/prefix/bkt/%E2%82%AC/x", "k", "s", "us-east-1"},
    };
    for (String[] c : cases) {
      AwsCredentials credentials = AwsBasicCredentials.create(c[2], c[3]);
      assertThat(lower(new GetSigner(c[4]).headers(c[0], c[1], credentials, NOW)))
          .containsExactlyEntriesIn(sdk(c[0], c[1], credentials, c[4]));
    }
  }

  @Test
  void aSessionTokenIsSentAndSigned() {
    AwsCredentials credentials = AwsSessionCredentials.create("AKID", "secret", "the-token");
    Map<String, String> ours = new GetSigner("us-east-1").headers("h:1", "/b/k", credentials, NOW);
    assertThat(ours).containsEntry("x-amz-security-token", "the-token");
    assertThat(lower(ours)).containsExactlyEntriesIn(sdk("h:1", "/b/k", credentials, "us-east-1"));
  }

  @Test
  void theDateIsSigV4sBasicFormatInUtc() {
    assertThat(GetSigner.amzDate(Instant.parse("2027-01-09T23:59:07.999Z"))).isEqualTo("20270109T235907Z");
  }

  @Test
  void hmacMatchesRfc4231() {
    // RFC 4231 test cases 2 (a short key) and 6 (a key longer than the block, hashed first)
    assertThat(HexFormat.of().formatHex(GetSigner.hmac("Jefe".getBytes(StandardCharsets.US_ASCII),
            "what do ya want for nothing?")))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    byte[] longKey = new byte[131];
    java.util.Arrays.fill(longKey, (byte) 0xaa);
    assertThat(HexFormat.of().formatHex(GetSigner.hmac(longKey,
            "Test Using Larger Than Block-Size Key - Hash Key First")))
        .isEqualTo("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54");
  }

  /** Header names are case-insensitive; the SDK writes some in capitals. */
  private static Map<String, String> lower(Map<String, String> headers) {
    Map<String, String> lower = new java.util.LinkedHashMap<>();
    headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
    return lower;
  }

  /** The SDK's headers for the same GET: shown as https, where it sends UNSIGNED-PAYLOAD. */
  private static Map<String, String> sdk(String host, String path, AwsCredentials credentials, String region) {
    String[] hostPort = host.split(":");
    SdkHttpRequest.Builder request = SdkHttpRequest.builder()
        .method(SdkHttpMethod.GET).protocol("https").host(hostPort[0]).encodedPath(path);
    if (hostPort.length > 1) {
      request.port(Integer.parseInt(hostPort[1]));
    }
    SdkHttpRequest unsigned = request.build();
    SdkHttpRequest signed = AwsV4HttpSigner.create().sign(r -> r
        .identity(credentials)
        .request(unsigned)
        .putProperty(AwsV4HttpSigner.REGION_NAME, region)
        .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
        .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
        .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
        .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
        .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(NOW, ZoneOffset.UTC))).request();
    Map<String, String> headers = new java.util.LinkedHashMap<>();
    signed.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
    return headers;
  }
}
