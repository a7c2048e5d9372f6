package dev.docket.testkit;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An HTTP/1.1 proxy on 127.0.0.1 that passes requests to one real server (Apache's WebDAV,
 * s3proxy) and injects faults into a share of them, as a flaky grid endpoint does: a request
 * answered {@code 503} without reaching the server, one that stalls longer than a client's
 * timeout and is then dropped, and one whose answer breaks off half-way.
 *
 * <p>It relays bytes as they are, so that signatures over the {@code Host} header (S3) and the
 * {@code Destination} of a WebDAV {@code MOVE} stay valid: the client addresses the proxy, and
 * the server sees the same address. It drops {@code Expect: 100-continue} and answers the
 * {@code 100} itself, so that a body is read before the fault is chosen. Faults are drawn from
 * a seeded random so a failing run can be replayed.
 */
public final class FaultyHttpProxy implements Closeable {
  /** The shares of requests that fail in each way; the rest pass. */
  public record Faults(double refuse, double stall, double breakOff, long stallMillis, long seed) {
    public static final Faults NONE = new Faults(0, 0, 0, 0, 1);
  }

  /** What the proxy has seen so far. */
  public record Counts(long requests, long refused, long stalled, long brokenOff) {
    public long faults() {
      return refused + stalled + brokenOff;
    }
  }

  private enum Fault {
    NONE,
    REFUSE,
    STALL,
    BREAK_OFF
  }

  private final InetSocketAddress upstream;
  private final Faults faults;
  private final Random random;
  private final ServerSocket server;
  private final ExecutorService connections = Executors.newCachedThreadPool(r -> {
    Thread thread = new Thread(r, "faulty-http-proxy");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final AtomicLong stalled = new AtomicLong();
  private final AtomicLong brokenOff = new AtomicLong();

  private FaultyHttpProxy(InetSocketAddress upstream, Faults faults) throws IOException {
    this.upstream = upstream;
    this.faults = faults;
    this.random = new Random(faults.seed());
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  /** A proxy before the plain-HTTP server at 127.0.0.1:{@code upstreamPort}. */
  public static FaultyHttpProxy start(int upstreamPort, Faults faults) throws IOException {
    return new FaultyHttpProxy(
        new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), faults);
  }

  /** The port clients connect to, on 127.0.0.1. */
  public int port() {
    return server.getLocalPort();
  }

  public Counts counts() {
    return new Counts(requests.get(), refused.get(), stalled.get(), brokenOff.get());
  }

  @Override
  public void close() throws IOException {
    server.close();
    connections.shutdownNow();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        connections.execute(() -> serve(client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private synchronized Fault draw() {
    double roll = random.nextDouble();
    if (roll < faults.refuse()) {
      return Fault.REFUSE;
    }
    if (roll < faults.refuse() + faults.stall()) {
      return Fault.STALL;
    }
    if (roll < faults.refuse() + faults.stall() + faults.breakOff()) {
      return Fault.BREAK_OFF;
    }
    return Fault.NONE;
  }

  /** Relays the requests of one client connection over one server connection, one at a time. */
  private void serve(Socket client) {
    try (client;
        Socket server = new Socket()) {
      server.connect(upstream, 5000);
      // a head and its body go out in separate writes: without this, Nagle's algorithm and the
      // peer's delayed acknowledgement hold each request back by 40 ms
      client.setTcpNoDelay(true);
      server.setTcpNoDelay(true);
      InputStream fromClient = new BufferedInputStream(client.getInputStream());
      OutputStream toClient = client.getOutputStream();
      InputStream fromServer = new BufferedInputStream(server.getInputStream());
      OutputStream toServer = server.getOutputStream();
      while (true) {
        Head request = Head.read(fromClient);
        if (request == null) {
          return;
        }
        requests.incrementAndGet();
        if (request.expectsContinue()) {
          toClient.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
          toClient.flush();
        }
        Fault fault = draw();
        if (fault == Fault.REFUSE) {
          Body.skip(fromClient, request, false);
          refused.incrementAndGet();
          toClient.write(("HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\n"
              + "Retry-After: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          toClient.flush();
          continue;
        }
        if (fault == Fault.STALL) {
          stalled.incrementAndGet();
          Thread.sleep(faults.stallMillis());
          return; // drops the connection without an answer
        }
        toServer.write(request.withoutExpect());
        Body.relay(fromClient, toServer, request, false, Long.MAX_VALUE);
        toServer.flush();
        Head response = Head.read(fromServer);
        if (response == null) {
          return;
        }
        toClient.write(response.bytes());
        boolean noBody = request.method().equals("HEAD") || response.statusWithoutBody();
        if (fault == Fault.BREAK_OFF) {
          brokenOff.incrementAndGet();
          if (!noBody) {
            Body.relay(fromServer, toClient, response, true, 100);
          }
          toClient.flush();
          return; // the answer ends half-way
        }
        if (!noBody) {
          Body.relay(fromServer, toClient, response, true, Long.MAX_VALUE);
        }
        toClient.flush();
        if (response.closes()) {
          return;
        }
      }
    } catch (IOException | InterruptedException e) {
      // a dropped connection on either side ends this relay; the client sees the fault
    }
  }

  /** The start line and headers of a request or response, as received. */
  private record Head(String start, String headers, byte[] bytes) {
    static Head read(InputStream in) throws IOException {
      ByteArrayOutputStream raw = new ByteArrayOutputStream();
      int matched = 0;
      int b;
      try {
        while (matched < 4 && (b = in.read()) >= 0) {
          raw.write(b);
          matched = (b == '\r' || b == '\n') && (matched % 2 == 0) == (b == '\r') ? matched + 1 : 0;
          if (raw.size() > 65_536) {
            throw new IOException("head too long");
          }
        }
      } catch (SocketException e) {
        return null;
      }
      if (matched < 4) {
        return null;
      }
      String text = raw.toString(StandardCharsets.ISO_8859_1);
      int firstLine = text.indexOf("\r\n");
      return new Head(
          text.substring(0, firstLine), text.substring(firstLine + 2).toLowerCase(Locale.ROOT),
          raw.toByteArray());
    }

    String method() {
      return start.substring(0, Math.max(0, start.indexOf(' ')));
    }

    String header(String name) {
      for (String line : headers.split("\r\n")) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().equals(name)) {
          return line.substring(colon + 1).trim();
        }
      }
      return null;
    }

    boolean expectsContinue() {
      return "100-continue".equals(header("expect"));
    }

    boolean chunked() {
      String encoding = header("transfer-encoding");
      return encoding != null && encoding.contains("chunked");
    }

    long contentLength() {
      String length = header("content-length");
      return length == null ? -1 : Long.parseLong(length);
    }

    boolean closes() {
      return "close".equals(header("connection"));
    }

    boolean statusWithoutBody() {
      String[] parts = start.split(" ");
      int status = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      return status / 100 == 1 || status == 204 || status == 304;
    }

    /** The head as received, less an {@code Expect} line (answered by the proxy). */
    byte[] withoutExpect() {
      if (!expectsContinue()) {
        return bytes;
      }
      String text = new String(bytes, StandardCharsets.ISO_8859_1);
      StringBuilder kept = new StringBuilder();
      for (String line : text.split("\r\n", -1)) {
        if (!line.toLowerCase(Locale.ROOT).startsWith("expect:")) {
          kept.append(line).append("\r\n");
        }
      }
      kept.setLength(kept.length() - 2); // split gave a last empty part after the blank line
      return kept.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  /** Moves a message body, framed by Content-Length, chunks, or (responses) the connection's end. */
  private static final class Body {
    static void skip(InputStream in, Head head, boolean response) throws IOException {
      relay(in, OutputStream.nullOutputStream(), head, response, Long.MAX_VALUE);
    }

    /** Relays at most {@code limit} bytes of the body; all of it when the limit is not reached. */
    static void relay(InputStream in, OutputStream out, Head head, boolean response, long limit)
        throws IOException {
      if (head.chunked()) {
        relayChunks(in, out, limit);
      } else if (head.contentLength() >= 0) {
        copy(in, out, Math.min(head.contentLength(), limit));
      } else if (response) {
        copy(in, out, limit); // to the end of the connection
      }
    }

    private static void relayChunks(InputStream in, OutputStream out, long limit)
        throws IOException {
      long sent = 0;
      while (sent < limit) {
        String sizeLine = line(in);
        out.write((sizeLine + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        int semicolon = sizeLine.indexOf(';');
        long size = Long.parseLong(
            (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).trim(), 16);
        if (size == 0) {
          String trailer;
          do {
            trailer = line(in);
            out.write((trailer + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
          } while (!trailer.isEmpty());
          return;
        }
        copy(in, out, size);
        sent += size;
        out.write((line(in) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
      }
    }

    private static String line(InputStream in) throws IOException {
      StringBuilder line = new StringBuilder();
      int b;
      while ((b = in.read()) >= 0 && b != '\n') {
        if (b != '\r') {
          line.append((char) b);
        }
      }
      if (b < 0 && line.length() == 0) {
        throw new IOException("connection ended in a chunked body");
      }
      return line.toString();
    }

    private static void copy(InputStream in, OutputStream out, long count) throws IOException {
      byte[] buffer = new byte[64 * 1024];
      long left = count;
      while (left > 0) {
        int read = in.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (read < 0) {
          if (count == Long.MAX_VALUE) {
            return;
          }
          throw new IOException("connection ended in a body");
        }
        out.write(buffer, 0, read);
        left -= read;
      }
    }
  }
}
