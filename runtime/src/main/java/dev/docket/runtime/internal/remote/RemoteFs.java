package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One configured file system: requests on safe relative paths ({@link RemotePaths}), each sent
 * through {@link Attempts} to the bases in turn, the clients opened on first use and closed with
 * the run. Also holds what planning learnt of its directories ({@link ExistenceSnapshot}) and
 * its cache.
 */
public final class RemoteFs {
  private final FsSettings settings;
  private final StorageClient[] clients;
  private final Attempts attempts;
  private final AtomicInteger next = new AtomicInteger();
  private final RequestCounts counts = new RequestCounts();
  private final RemoteCache cache;
  private volatile ExistenceSnapshot snapshot;

  RemoteFs(FsSettings settings) {
    this.settings = settings;
    this.clients = new StorageClient[settings.bases().size()];
    this.attempts =
        new Attempts(settings.bases(), settings.retries(), settings.retryDelay(), counts);
    this.cache = new RemoteCache(this, settings.cache(), settings.cacheSize());
  }

  public FsSettings settings() {
    return settings;
  }

  public RequestCounts counts() {
    return counts;
  }

  public RemoteCache cache() {
    return cache;
  }

  /** The URL of {@code path} on the first base, for messages and status lines. */
  public URI url(String path) {
    return URI.create(settings.bases().get(0) + RemotePaths.encode(path));
  }

  /** The first base, for messages. */
  public URI base() {
    return settings.bases().get(0);
  }

  /** The entry at {@code path}: from the planning snapshot when it knows, else a stat. */
  public Optional<RemoteEntry> stat(String path) throws IOException {
    ExistenceSnapshot known = snapshot;
    if (known != null) {
      Optional<Optional<RemoteEntry>> answer = known.lookup(path);
      if (answer.isPresent()) {
        return answer.get();
      }
    }
    return send(RemotePaths.encode(path), (client, url) -> {
      counts.stat();
      return client.stat(url);
    });
  }

  /** The entries of the directory {@code path} ({@code ""}: the base). */
  public List<RemoteEntry> list(String path) throws IOException {
    return send(directory(path), (client, url) -> {
      counts.list();
      return client.list(url);
    });
  }

  public void download(String path, Path local) throws IOException {
    send(RemotePaths.encode(path), (client, url) -> {
      counts.transfer();
      client.download(url, local);
      return null;
    });
  }

  public InputStream open(String path) throws IOException {
    return send(RemotePaths.encode(path), (client, url) -> {
      counts.transfer();
      return client.open(url);
    });
  }

  public void upload(Path local, String path) throws IOException {
    send(RemotePaths.encode(path), (client, url) -> {
      counts.transfer();
      client.upload(local, url);
      return null;
    });
  }

  public void delete(String path) throws IOException {
    send(RemotePaths.encode(path), (client, url) -> {
      counts.change();
      client.delete(url);
      return null;
    });
  }

  /** Removes the directory {@code path} with what it holds; never the base itself. */
  public void deleteTree(String path) throws IOException {
    if (path.isEmpty()) {
      throw new StorageException(StorageException.Kind.PERMANENT, base(),
          "refusing to remove the base " + base() + " of [" + FsSettings.section(settings.fs())
              + "]: Docket removes outputs under a base, never the base itself");
    }
    send(directory(path), (client, url) -> {
      counts.change();
      client.deleteTree(url);
      return null;
    });
  }

  public void mkdirs(String path) throws IOException {
    send(directory(path), (client, url) -> {
      counts.change();
      client.mkdirs(url);
      return null;
    });
  }

  /** Answers stats from {@code listings} until it is replaced; {@code null}: stat again. */
  public void snapshot(ExistenceSnapshot listings) {
    snapshot = listings;
  }

  private static String directory(String path) {
    return path.isEmpty() ? "" : RemotePaths.encode(path) + "/";
  }

  private <T> T send(String encoded, Attempts.Request<T> request) throws IOException {
    int first = Math.floorMod(next.getAndIncrement(), clients.length);
    return attempts.run(encoded, first, this::client, request);
  }

  private StorageClient client(int index) throws IOException {
    synchronized (clients) {
      if (clients[index] == null) {
        clients[index] = settings.provider().open(settings.settings(), settings.bases().get(index));
      }
      return clients[index];
    }
  }

  /** Closes the clients that were opened. */
  void close() throws IOException {
    IOException first = null;
    synchronized (clients) {
      for (int i = 0; i < clients.length; i++) {
        if (clients[i] != null) {
          try {
            clients[i].close();
          } catch (IOException e) {
            first = first == null ? e : first;
          }
          clients[i] = null;
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
