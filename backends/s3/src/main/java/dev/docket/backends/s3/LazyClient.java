package dev.docket.backends.s3;

import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The SDK's client, built when a request first needs it. Building one loads and configures some
 * thousands of classes (about 1.5 s of CPU in a fresh JVM here, the TLS trust store included even
 * for a plain-http endpoint), which a run that only downloads over plain http ({@link DirectGet})
 * never needs; it used to be paid when the storage opened.
 */
final class LazyClient implements AutoCloseable {
  private final Supplier<S3Client> build;
  private S3Client client;
  private boolean closed;

  private LazyClient(Supplier<S3Client> build) {
    this.build = build;
  }

  /** A client that {@code build} makes on the first {@link #get}. */
  static LazyClient of(Supplier<S3Client> build) {
    return new LazyClient(build);
  }

  /** A client already built (tests and measurements that compare HTTP clients). */
  static LazyClient built(S3Client client) {
    LazyClient lazy = new LazyClient(() -> client);
    lazy.client = client;
    return lazy;
  }

  synchronized S3Client get() {
    if (closed) {
      throw new IllegalStateException("the S3 storage is closed");
    }
    if (client == null) {
      client = build.get();
    }
    return client;
  }

  /** Whether the client has been built (tests: the direct download builds none). */
  synchronized boolean isBuilt() {
    return client != null;
  }

  @Override
  public synchronized void close() {
    closed = true;
    if (client != null) {
      client.close();
    }
  }
}
