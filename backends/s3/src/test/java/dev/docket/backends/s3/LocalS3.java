package dev.docket.backends.s3;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The s3proxy of {@code scripts/s3-up.sh}, checked before each test: where nothing listens on its
 * port each test is reported as skipped, and fails where {@code DOCKET_REQUIRE_SERVICES=1} (CI).
 * Its address, bucket and identity come from the script's variables, with its defaults.
 */
final class LocalS3 implements BeforeEachCallback {
  static final int PORT = Integer.parseInt(env("S3_PORT", "9000"));
  static final String BUCKET = env("S3_BUCKET", "docket-ci");
  static final String IDENTITY = env("S3_IDENTITY", "docket-ci");
  static final String CREDENTIAL = env("S3_CREDENTIAL", "docket-ci-secret");
  static final String ENDPOINT = "http://127.0.0.1:" + PORT;

  @Override
  public void beforeEach(ExtensionContext context) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", PORT), 2000);
      return;
    } catch (IOException e) {
      String missing = "no S3 server on 127.0.0.1:" + PORT + ": start one with scripts/s3-up.sh";
      if ("1".equals(System.getenv("DOCKET_REQUIRE_SERVICES"))) {
        fail(missing + " (DOCKET_REQUIRE_SERVICES=1: this run must not skip it)");
      }
      abort(missing);
    }
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
