package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A backend's client whose every request goes through the runtime's own retry loop ({@link
 * Attempts}, without pauses), for the backends' fault tests: a transient fault is retried, a
 * permanent one thrown at once, and {@link #counts()} says how often it retried.
 */
public final class RetriedClient implements StorageClient {
  private final StorageClient client;
  private final String base;
  private final RequestCounts counts = new RequestCounts();
  private final Attempts attempts;

  /** {@code client} of {@code base}, each request tried up to {@code retries} times more. */
  public RetriedClient(StorageClient client, URI base, int retries) {
    this.client = client;
    this.base = base.toString();
    this.attempts = new Attempts(List.of(base), retries, Duration.ZERO, counts);
  }

  public RequestCounts counts() {
    return counts;
  }

  private <T> T send(URI url, Attempts.Request<T> request) throws IOException {
    String text = url.toString();
    if (!text.startsWith(base)) {
      throw new IllegalArgumentException(url + " is not under " + base);
    }
    return attempts.run(text.substring(base.length()), 0, index -> client, request);
  }

  @Override
  public Optional<RemoteEntry> stat(URI url) throws IOException {
    return send(url, StorageClient::stat);
  }

  @Override
  public List<RemoteEntry> list(URI directory) throws IOException {
    return send(directory, StorageClient::list);
  }

  @Override
  public void download(URI url, Path local) throws IOException {
    send(url, (c, u) -> {
      c.download(u, local);
      return null;
    });
  }

  @Override
  public InputStream open(URI url) throws IOException {
    return send(url, StorageClient::open);
  }

  @Override
  public void upload(Path local, URI url) throws IOException {
    send(url, (c, u) -> {
      c.upload(local, u);
      return null;
    });
  }

  @Override
  public void delete(URI url) throws IOException {
    send(url, (c, u) -> {
      c.delete(u);
      return null;
    });
  }

  @Override
  public void deleteTree(URI url) throws IOException {
    send(url, (c, u) -> {
      c.deleteTree(u);
      return null;
    });
  }

  @Override
  public void mkdirs(URI url) throws IOException {
    send(url, (c, u) -> {
      c.mkdirs(u);
      return null;
    });
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
