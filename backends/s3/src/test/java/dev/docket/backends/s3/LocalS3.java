package dev.docket.backends.s3;

import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.RequiredService;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The s3proxy of {@code scripts/s3-up.sh}: its address, bucket and identity, from the script's
 * variables with its defaults.
 */
final class LocalS3 {
  static final int PORT = Integer.parseInt(env("S3_PORT", "9000"));
  static final String BUCKET = env("S3_BUCKET", "docket-ci");
  static final String IDENTITY = env("S3_IDENTITY", "docket-ci");
  static final String CREDENTIAL = env("S3_CREDENTIAL", "docket-ci-secret");
  static final String ENDPOINT = "http://127.0.0.1:" + PORT;

  private LocalS3() {}

  /** Skips (or, in CI, fails) each test while the server is not up. */
  static RequiredService required() {
    return RequiredService.listening(
        PORT, "no S3 server on 127.0.0.1:" + PORT + ": start one with scripts/s3-up.sh");
  }

  static URI base() {
    return URI.create("s3://" + BUCKET + "/");
  }

  /** The options of an {@code [fs.s3]} section for this server, with {@code changes} applied. */
  static StorageSettings settings(Map<String, String> changes) {
    Map<String, String> options = new HashMap<>(Map.of(
        "endpoint", ENDPOINT, "access-key", IDENTITY, "secret-key", CREDENTIAL));
    options.putAll(changes);
    options.values().removeIf(String::isEmpty);
    return new StorageSettings("s3", Duration.ofSeconds(20), options);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }
}
