package org.example.remote;

import dev.docket.testkit.RequiredService;
import java.util.Map;

/**
 * {@link RemoteChainContract} on S3: the s3proxy of {@code scripts/s3-up.sh}, through the S3
 * backend (its address, bucket and identity from the script's variables, with its defaults).
 */
class S3RemoteChainIT extends RemoteChainContract {
  private static final int PORT = Integer.parseInt(env("S3_PORT", "9000"));

  @Override
  protected String base() {
    RequiredService.require(RequiredService.accepts(PORT),
        "no S3 server on 127.0.0.1:" + PORT + ": start one with scripts/s3-up.sh");
    return "s3://" + env("S3_BUCKET", "docket-ci") + "/";
  }

  @Override
  protected Map<String, String> fsOptions() {
    return Map.of(
        "endpoint", "http://127.0.0.1:" + PORT,
        "access-key", env("S3_IDENTITY", "docket-ci"),
        "secret-key", env("S3_CREDENTIAL", "docket-ci-secret"));
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isEmpty() ? otherwise : value;
  }
}
