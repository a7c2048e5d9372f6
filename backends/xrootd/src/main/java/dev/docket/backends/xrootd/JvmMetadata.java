package dev.docket.backends.xrootd;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;

/**
 * Stats and listings of one base spoken in the JVM ({@link XrdSession}) instead of through an
 * {@code xrdfs} process each: no process start, and one connection kept for the run (two at
 * most, for parallel tasks). A base whose server wants what the session does not speak
 * (authentication, TLS, signing, redirects) is handed to the tools for the rest of the run: the
 * first request that finds out throws {@link XrdSession.NotSpoken}, the caller runs the tool,
 * and {@link #serves()} is false from then on. A dropped connection is a transient fault, as a
 * failed {@code xrdfs} is; a pooled connection the server closed meanwhile is replaced at once.
 */
final class JvmMetadata implements Closeable {
  private static final System.Logger LOG = System.getLogger(JvmMetadata.class.getName());
  private static final int CONNECTIONS = 2;
  private static final int DEFAULT_PORT = 1094;

  private final URI base;
  private final Duration timeout;
  private final Semaphore permits = new Semaphore(CONNECTIONS);
  private final Deque<XrdSession> idle = new ArrayDeque<>();
  private volatile String toolsBecause;
  /** Set at run end: a session answered after it is closed, not kept. Guarded by this. */
  private boolean closed;

  private JvmMetadata(URI base, Duration timeout, String toolsBecause) {
    this.base = base;
    this.timeout = timeout;
    this.toolsBecause = toolsBecause;
  }

  /** The JVM client of {@code base}, or none when {@code enabled} is false or the URL is TLS. */
  static JvmMetadata of(URI base, Duration timeout, boolean enabled) {
    String because = !enabled ? "jvm-client = false"
        : "roots".equalsIgnoreCase(base.getScheme()) ? "XRootD over TLS (roots://) is left to the tools"
        : base.getHost() == null ? "no host in the URL" : null;
    return new JvmMetadata(base, timeout, because);
  }

  /** Whether its requests are still spoken in the JVM (else: run the tools). */
  boolean serves() {
    return toolsBecause == null;
  }

  /** What {@code xrdfs stat} says; empty when there is nothing at {@code url}. */
  Optional<RemoteEntry> stat(URI url) throws IOException {
    XrootdUrl at = XrootdUrl.of(url);
    byte[] answer;
    try {
      answer = call(url, XrdFrame.STAT, new byte[16], at.bare());
    } catch (XrdSession.Refused e) {
      if (e.code() == XrdFrame.NOT_FOUND) {
        return Optional.empty();
      }
      throw XrdErrors.refused(e.code(), e.getMessage(), url);
    }
    String text = new String(answer, StandardCharsets.UTF_8).replace("\0", "");
    return Optional.of(read(() -> XrdStatText.entry(at.name(), text)));
  }

  /**
   * What {@code xrdfs ls -l} lists, less the directory itself: empty when the directory does not
   * exist, and when it is a file (the tool lists the file itself, which the client drops).
   */
  List<RemoteEntry> list(URI directory) throws IOException {
    byte[] parameters = new byte[16];
    parameters[15] = XrdFrame.DIRLIST_STAT;
    byte[] answer;
    try {
      answer = call(directory, XrdFrame.DIRLIST, parameters, XrootdUrl.of(directory).bare());
    } catch (XrdSession.Refused e) {
      if (e.code() == XrdFrame.NOT_FOUND) {
        return List.of();
      }
      // A file is refused as a directory that cannot be opened (kXR_FSError): ask what it is.
      Optional<RemoteEntry> entry = stat(directory);
      if (entry.isEmpty() || !entry.get().directory()) {
        return List.of();
      }
      throw XrdErrors.refused(e.code(), e.getMessage(), directory);
    }
    return read(() -> XrdStatText.listing(answer));
  }

  private interface Parse<T> {
    T get();
  }

  private <T> T read(Parse<T> parse) throws XrdSession.NotSpoken {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw toTools(new XrdSession.NotSpoken(e.getMessage()));
    }
  }

  /**
   * One request on a pooled session. A session that fails on the wire is dropped; if it had
   * waited in the pool (the server may have closed it since, e.g. restarted), the request is
   * sent once more on a new one.
   */
  private byte[] call(URI url, int code, byte[] parameters, String path) throws IOException {
    byte[] payload = path.getBytes(StandardCharsets.UTF_8);
    try {
      permits.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for a connection to " + base);
    }
    try {
      for (int attempt = 0; ; attempt++) {
        XrdSession session = pooled();
        boolean reused = session != null;
        if (session == null) {
          session = open(url);
        }
        try {
          byte[] answer = session.call(code, parameters, payload);
          giveBack(session);
          return answer;
        } catch (XrdSession.Refused e) {
          giveBack(session);
          throw e;
        } catch (XrdSession.NotSpoken e) {
          session.close();
          throw toTools(e);
        } catch (IOException e) {
          session.close();
          // only a connection found dead is tried again: a wait beyond the timeout, a timeout
          // or an interrupt would be suffered twice
          if (reused && attempt == 0 && (e instanceof EOFException || e instanceof SocketException)) {
            continue;
          }
          throw onTheWire(url, e);
        }
      }
    } finally {
      permits.release();
    }
  }

  private XrdSession open(URI url) throws IOException {
    String host = base.getHost();
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = base.getPort() < 0 ? DEFAULT_PORT : base.getPort();
    try {
      return XrdSession.open(host, port, timeout);
    } catch (XrdSession.NotSpoken e) {
      throw toTools(e);
    } catch (UnknownHostException e) {
      throw new StorageException(Kind.PERMANENT, url,
          url + ": unknown host " + host + "; check the host in the section's base", e);
    } catch (IOException e) {
      throw onTheWire(url, e);
    }
  }

  private StorageException onTheWire(URI url, IOException e) {
    if (e instanceof StorageException s) {
      return s;
    }
    String what = e instanceof SocketTimeoutException
        ? "the server did not answer within " + timeout.toSeconds() + " s (the section's timeout)"
        : "connection error (" + e.getMessage() + ")";
    return new StorageException(Kind.TRANSIENT, url, url + ": " + what, e);
  }

  private XrdSession.NotSpoken toTools(XrdSession.NotSpoken e) {
    if (toolsBecause == null) {
      toolsBecause = e.getMessage();
      LOG.log(System.Logger.Level.DEBUG, () -> base + ": " + e.getMessage()
          + "; its stats and listings go through xrdfs for the rest of the run");
      closeIdle();
    }
    return e;
  }

  private synchronized XrdSession pooled() {
    return idle.pollFirst();
  }

  private synchronized void giveBack(XrdSession session) throws IOException {
    if (!closed && toolsBecause == null && idle.size() < CONNECTIONS) {
      idle.addFirst(session);
    } else {
      session.close();
    }
  }

  private synchronized void closeIdle() {
    for (XrdSession session : idle) {
      try {
        session.close();
      } catch (IOException e) {
        // closing a socket we no longer need
      }
    }
    idle.clear();
  }

  @Override
  public synchronized void close() {
    closed = true;
    closeIdle();
  }
}
