package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * How one request is tried: on one base after another, starting at {@code first}; on each, once
 * and then up to {@code retries} times more after a transient fault, the pause doubling from
 * {@code delay}. A permanent fault ends it at once; so does an interrupt. What is finally
 * thrown names the URL and how often it was tried.
 */
final class Attempts {
  /** One request on one base. */
  interface Request<T> {
    T send(StorageClient client, URI url) throws IOException;
  }

  /** The client of each base, by index, opened on first use. */
  interface Clients {
    StorageClient get(int index) throws IOException;
  }

  private final List<URI> bases;
  private final int retries;
  private final Duration delay;
  private final RequestCounts counts;

  Attempts(List<URI> bases, int retries, Duration delay, RequestCounts counts) {
    this.bases = bases;
    this.retries = retries;
    this.delay = delay;
    this.counts = counts;
  }

  /**
   * Sends {@code request} for {@code path} (relative, encoded; a directory's ends in '/') until
   * it succeeds.
   *
   * @param clients the client of each base, by index (opened on first use)
   */
  <T> T run(String path, int first, Clients clients, Request<T> request)
      throws IOException {
    IOException last = null;
    URI lastUrl = null;
    int tries = 0;
    for (int b = 0; b < bases.size(); b++) {
      int index = (first + b) % bases.size();
      URI url = URI.create(bases.get(index) + path);
      if (b > 0) {
        counts.failover();
      }
      long pause = delay.toMillis();
      for (int attempt = 0; attempt <= retries; attempt++) {
        if (attempt > 0) {
          counts.retry();
          sleep(pause, url);
          pause = Math.min(pause * 2, 60_000);
        }
        tries++;
        try {
          return request.send(clients.get(index), url);
        } catch (StorageException e) {
          if (e.kind() == StorageException.Kind.PERMANENT) {
            throw e;
          }
          last = e;
        } catch (InterruptedIOException e) {
          throw e;
        } catch (IOException e) {
          last = e;
        }
        lastUrl = url;
        if (Thread.currentThread().isInterrupted()) {
          throw new InterruptedIOException("interrupted while trying " + url);
        }
      }
    }
    throw gaveUp(last, lastUrl, tries);
  }

  private IOException gaveUp(IOException last, URI url, int tries) {
    String message = last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage();
    if (!message.contains(url.toString()) && !(last instanceof StorageException)) {
      message = url + ": " + message;
    }
    String where = bases.size() == 1 ? "" : " across " + bases.size() + " bases";
    return new StorageException(StorageException.Kind.TRANSIENT, url,
        message + " (failed " + tries + " times" + where + "; raise retries or retry-delay in"
            + " its [fs.<name>] section if the storage is slow to recover)", last);
  }

  private static void sleep(long millis, URI url) throws InterruptedIOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting to retry " + url);
    }
  }
}
