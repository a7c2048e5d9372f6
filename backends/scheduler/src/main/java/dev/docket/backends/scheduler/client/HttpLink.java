package dev.docket.backends.scheduler.client;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 POSTs to one server over kept-alive connections, done on the calling thread. The
 * JDK's {@code HttpClient} hands every exchange between the caller, its selector thread and
 * completion stages; with fifty workers in one process that took more CPU than the scheduler
 * itself (docs/performance.md, "Central scheduler"). A worker's calls are small JSON requests
 * answered with a length (or in chunks), which is all this speaks.
 */
final class HttpLink implements AutoCloseable {
  /** An answer: the status and the body. */
  record Answer(int status, byte[] body) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  /** An idle connection is not reused after this long: Jetty closes its side after 30 s. */
  static final long IDLE_MILLIS = 15_000;

  private static final int MAX_HEADER_LINE = 16 * 1024;

  private final String host;
  private final int port;
  private final String hostHeader;
  private final SSLSocketFactory tls;
  private final int connectMillis;
  private final int readMillis;
  private final ConcurrentLinkedDeque<Connection> idle = new ConcurrentLinkedDeque<>();
  private volatile boolean closed;

  /** {@code tls}: the factory for {@code https} URLs (null: the JVM's default trust). */
  HttpLink(URI base, SSLSocketFactory tls, int connectMillis, int readMillis) {
    boolean secure = "https".equalsIgnoreCase(base.getScheme());
    if (!secure && !"http".equalsIgnoreCase(base.getScheme())) {
      throw new IllegalArgumentException(
          "the scheduler's address must start with http:// or https://, not " + base);
    }
    this.host = base.getHost();
    this.port = base.getPort() > 0 ? base.getPort() : secure ? 443 : 80;
    this.hostHeader = base.getRawAuthority();
    this.tls = secure ? (tls != null ? tls : (SSLSocketFactory) SSLSocketFactory.getDefault()) : null;
    this.connectMillis = connectMillis;
    this.readMillis = readMillis;
  }

  /**
   * Sends {@code body} as JSON to {@code path} and reads the answer. A kept-alive connection the
   * server closed meanwhile fails before any answer is read: the request then goes once more on
   * a new connection (the server never saw it).
   */
  Answer post(String path, String token, byte[] body) throws IOException {
    byte[] head =
        ("POST " + path + " HTTP/1.1\r\nHost: " + hostHeader + "\r\nAuthorization: Bearer "
                + token + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8);
    while (true) {
      Connection reused = reusable();
      Connection connection = reused != null ? reused : open();
      boolean keep = false;
      try {
        try {
          connection.out.write(head);
          connection.out.write(body);
          connection.out.flush();
        } catch (IOException e) {
          if (reused == null) {
            throw e;
          }
          throw new Stale(); // a broken pipe: the server had closed it, it read nothing
        }
        Answer answer = connection.read();
        keep = connection.keepAlive && !closed;
        return answer;
      } catch (Stale e) {
        if (reused == null) {
          throw new EOFException("the scheduler closed the connection without answering");
        }
        // the server had closed this idle connection: try a fresh one
      } finally {
        if (keep) {
          connection.lastUsed = System.nanoTime();
          idle.push(connection);
        } else {
          connection.close();
        }
      }
    }
  }

  private Connection reusable() {
    Connection connection;
    while ((connection = idle.poll()) != null) {
      if (System.nanoTime() - connection.lastUsed < IDLE_MILLIS * 1_000_000L) {
        return connection;
      }
      connection.close();
    }
    return null;
  }

  private Connection open() throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      socket.connect(new InetSocketAddress(host, port), connectMillis);
      socket.setSoTimeout(readMillis);
      if (tls != null) {
        SSLSocket secure = (SSLSocket) tls.createSocket(socket, host, port, true);
        SSLParameters parameters = secure.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
        secure.setSSLParameters(parameters);
        secure.startHandshake();
        socket = secure;
      }
      return new Connection(socket);
    } catch (IOException e) {
      socket.close();
      throw e;
    }
  }

  @Override
  public void close() {
    closed = true;
    Connection connection;
    while ((connection = idle.poll()) != null) {
      connection.close();
    }
  }

  /** The connection ended before the first byte of an answer. */
  private static final class Stale extends IOException {
    private static final long serialVersionUID = 1L;
  }

  private static final class Connection {
    final Socket socket;
    final InputStream in;
    final OutputStream out;
    boolean keepAlive = true;
    long lastUsed;

    Connection(Socket socket) throws IOException {
      this.socket = socket;
      this.in = new BufferedInputStream(socket.getInputStream(), 8192);
      this.out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    Answer read() throws IOException {
      String status = line(true);
      // "HTTP/1.1 200 OK"
      if (!status.startsWith("HTTP/1.") || status.length() < 12) {
        throw new IOException("not an HTTP answer: " + status);
      }
      int code = Integer.parseInt(status.substring(9, 12));
      keepAlive = status.startsWith("HTTP/1.1");
      long length = -1;
      boolean chunked = false;
      for (String header = line(false); !header.isEmpty(); header = line(false)) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
          continue;
        }
        String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = header.substring(colon + 1).trim();
        switch (name) {
          case "content-length" -> length = Long.parseLong(value);
          case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
          case "connection" -> keepAlive &= !value.equalsIgnoreCase("close");
          default -> {}
        }
      }
      byte[] body;
      if (chunked) {
        body = chunks();
      } else if (length >= 0) {
        body = in.readNBytes(Math.toIntExact(length));
        if (body.length < length) {
          throw new EOFException("the answer ended early");
        }
      } else {
        keepAlive = false; // the body runs to the end of the connection
        body = in.readAllBytes();
      }
      return new Answer(code, body);
    }

    private byte[] chunks() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String size = line(false);
        int semicolon = size.indexOf(';');
        int n = Integer.parseInt((semicolon >= 0 ? size.substring(0, semicolon) : size).trim(), 16);
        if (n == 0) {
          while (!line(false).isEmpty()) {
            // trailers: none that matter
          }
          return body.toByteArray();
        }
        byte[] chunk = in.readNBytes(n);
        if (chunk.length < n) {
          throw new EOFException("the answer ended early");
        }
        body.write(chunk);
        line(false);
      }
    }

    /** One header line without its CRLF; {@code first}: an end here means a stale connection. */
    private String line(boolean first) throws IOException {
      StringBuilder text = new StringBuilder(64);
      while (true) {
        int b;
        try {
          b = in.read();
        } catch (java.net.SocketException e) {
          if (first && text.length() == 0) {
            throw new Stale(); // reset by a server that had closed the idle connection
          }
          throw e;
        }
        if (b < 0) {
          if (first && text.length() == 0) {
            throw new Stale();
          }
          throw new EOFException("the answer ended early");
        }
        if (b == '\n') {
          int end = text.length();
          return end > 0 && text.charAt(end - 1) == '\r' ? text.substring(0, end - 1) : text.toString();
        }
        if (text.length() >= MAX_HEADER_LINE) {
          throw new IOException("an answer's header line is longer than " + MAX_HEADER_LINE);
        }
        text.append((char) b);
      }
    }

    void close() {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
