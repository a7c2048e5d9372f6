package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
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
  /**
   * How long an upload temporary must have gone unwritten before a listing removes it as a dead
   * task's: a live upload writes, or is moved into place, long before (the age is the server's
   * modification time, so a day also covers clocks that disagree by hours).
   */
  static final Duration STALE_UPLOAD = Duration.ofDays(1);

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
    this.cache = new RemoteCache(this, settings.cache(), settings.cacheSize(),
        settings.cacheMaxAge());
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

  /**
   * The entries of the directory {@code path} ({@code ""}: the base), without upload temporaries;
   * those older than {@link #STALE_UPLOAD} are removed on the way.
   */
  public List<RemoteEntry> list(String path) throws IOException {
    List<RemoteEntry> listed = send(directory(path), (client, url) -> {
      counts.list();
      return client.list(url);
    });
    List<RemoteEntry> entries = new ArrayList<>(listed.size());
    long staleBefore = System.currentTimeMillis() - STALE_UPLOAD.toMillis();
    for (RemoteEntry entry : listed) {
      if (!StorageNames.isTemporary(entry.name())) {
        entries.add(entry);
      } else if (!entry.directory() && entry.lastModified() > 0 && entry.lastModified() < staleBefore) {
        removeStale(path.isEmpty() ? entry.name() : path + "/" + entry.name());
      }
    }
    return entries;
  }

  /** A dead task's upload temporary; a failure to remove it waits for the next listing. */
  private void removeStale(String path) {
    try {
      send(RemotePaths.encode(path), (client, url) -> {
        counts.change();
        client.delete(url);
        return null;
      });
      counts.removedStale();
    } catch (IOException e) {
      // The listing is what was asked for; the next one tries again.
    }
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
