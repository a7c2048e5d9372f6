package dev.docket.backends.xrootd;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One logged-in connection to an XRootD server that speaks the protocol's metadata subset:
 * handshake, kXR_protocol, an anonymous kXR_login, then one request at a time with its answer
 * gathered from kXR_oksofar parts, kXR_wait honoured. Whatever needs more (a security protocol
 * to authenticate with, signed requests, a redirect, a redirector whose listing must be
 * gathered from its data servers, a response this client does not know) is a {@link
 * NotSpoken}: the caller hands that base to the {@code xrdfs} tool, which speaks it all.
 */
final class XrdSession implements Closeable {
  /** Something the server wants or says that this client does not speak. */
  static final class NotSpoken extends IOException {
    private static final long serialVersionUID = 1;

    NotSpoken(String what) {
      super(what);
    }
  }

  /** The server answered the request with kXR_error: its code and message. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1;
    private final int code;

    Refused(int code, String message) {
      super(message);
      this.code = code;
    }

    int code() {
      return code;
    }
  }

  /** Requests go one at a time on a session, so one stream id does. */
  private static final int STREAM = 1;

  private final Socket socket;
  private final DataInputStream in;
  private final OutputStream out;
  private final Duration timeout;

  private XrdSession(Socket socket, Duration timeout) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 1 << 16));
    this.out = new BufferedOutputStream(socket.getOutputStream());
    this.timeout = timeout;
  }

  /** Connects to {@code host:port} and logs in; {@code timeout} bounds the connect and each read. */
  static XrdSession open(String host, int port, Duration timeout) throws IOException {
    Socket socket = new Socket();
    try {
      int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(1, timeout.toMillis()));
      socket.connect(new InetSocketAddress(host, port), millis);
      socket.setSoTimeout(millis);
      socket.setTcpNoDelay(true);
      XrdSession session = new XrdSession(socket, timeout);
      session.greet();
      return session;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /**
   * The handshake and kXR_protocol in one write (the server answers both in turn), then the
   * login. We ask for the server's signing requirements so that a server that wants signed
   * requests is left to the tools rather than refusing us later; we do not offer TLS, so the
   * server does not switch to it.
   */
  private void greet() throws IOException {
    byte[] protocol = XrdFrame.request(0, XrdFrame.PROTOCOL,
        ByteBuffer.allocate(6).putInt(XrdFrame.VERSION).put(XrdFrame.WANT_SECURITY_REQUIREMENTS)
            .put((byte) 0).array(),
        new byte[0]);
    byte[] hello = XrdFrame.handshake();
    out.write(hello);
    XrdFrame.write(out, protocol);
    XrdFrame.Response shake = XrdFrame.read(in);
    if (shake.status() != XrdFrame.OK || shake.body().length != 8) {
      throw new NotSpoken("an unexpected answer to the handshake (status " + shake.status() + ")");
    }
    XrdFrame.Response server = XrdFrame.read(in);
    if (server.status() != XrdFrame.OK || server.body().length < 8) {
      throw new NotSpoken("an unexpected answer to kXR_protocol (status " + server.status() + ")");
    }
    if ((server.number(4) & XrdFrame.IS_MANAGER) != 0) {
      throw new NotSpoken("the server is a redirector (a listing is gathered from its data servers)");
    }
    requireNoSigning(server.body());
    login();
  }

  /**
   * The security requirements after the 8 bytes of version and flags: a tag 'S', version,
   * options, level and the number of per-request exceptions. Level 0 with none is "sign nothing".
   */
  private static void requireNoSigning(byte[] body) throws NotSpoken {
    if (body.length == 8) {
      return;
    }
    if (body.length < 14 || body[8] != 'S') {
      throw new NotSpoken("an unexpected kXR_protocol answer of " + body.length + " bytes");
    }
    if (body[12] != 0 || body[13] != 0) {
      throw new NotSpoken("the server wants requests signed (security level " + body[12] + ")");
    }
  }

  /**
   * kXR_login as this process and user (names of up to 8 characters, as the protocol has it). A
   * server that needs authentication answers with the security protocols it accepts after the
   * 16-byte session id (e.g. {@code &P=gsi,...&P=krb5,...}): the tools speak those, we do not.
   */
  private void login() throws IOException {
    ByteBuffer params = ByteBuffer.allocate(16);
    params.putInt((int) ProcessHandle.current().pid());
    params.put(userName());
    params.put((byte) 0).put((byte) 0).put(XrdFrame.CLIENT_GENERATION).put((byte) 0);
    byte[] answer;
    try {
      answer = call(XrdFrame.LOGIN, params.array(), new byte[0]);
    } catch (Refused e) {
      // e.g. kXR_TLSRequired: the tools can do it
      throw new NotSpoken("the server refused an anonymous login: [" + e.code() + "] " + e.getMessage());
    }
    if (answer.length > 16) {
      String wanted = new String(answer, 16, answer.length - 16, StandardCharsets.US_ASCII);
      throw new NotSpoken("the server asks for authentication (" + wanted.replace("\0", "").strip() + ")");
    }
  }

  private static byte[] userName() {
    byte[] name = new byte[8];
    String user = System.getProperty("user.name", "docket");
    for (int i = 0, j = 0; i < user.length() && j < name.length; i++) {
      char c = user.charAt(i);
      if (c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.')) {
        name[j++] = (byte) c;
      }
    }
    return name;
  }

  /**
   * One request and its whole answer: the bodies of kXR_oksofar parts and the final kXR_ok, one
   * after the other. kXR_wait is honoured (the request sent again after the seconds the server
   * asks for) as long as the waits stay within the timeout.
   */
  byte[] call(int code, byte[] parameters, byte[] payload) throws IOException {
    byte[] frame = XrdFrame.request(STREAM, code, parameters, payload);
    ByteArrayOutputStream parts = new ByteArrayOutputStream();
    long waited = 0;
    long deadline = System.nanoTime() + timeout.toNanos();
    XrdFrame.write(out, frame);
    while (true) {
      XrdFrame.Response response = XrdFrame.read(in);
      if (response.streamId() != STREAM) {
        throw new NotSpoken("a response on stream " + response.streamId() + ", which no request used");
      }
      switch (response.status()) {
        case XrdFrame.OK -> {
          parts.write(response.body());
          return parts.toByteArray();
        }
        case XrdFrame.OK_SO_FAR -> {
          // each read is bounded by the timeout, but a server may send parts without end
          parts.write(response.body());
          if (parts.size() > XrdFrame.MAX_BODY) {
            throw new NotSpoken("an answer of more than " + (XrdFrame.MAX_BODY >> 20) + " MiB");
          }
          if (System.nanoTime() - deadline > 0) {
            throw new SocketTimeoutException("an answer still coming after " + timeout.toSeconds() + " s");
          }
        }
        case XrdFrame.ERROR -> {
          if (response.body().length < 4) {
            throw new NotSpoken("an error response without an error code");
          }
          throw new Refused(response.number(0), response.text(4).strip());
        }
        case XrdFrame.WAIT -> {
          if (parts.size() > 0 || response.body().length < 4) {
            throw new NotSpoken("a kXR_wait in the middle of an answer");
          }
          int seconds = Math.max(0, response.number(0));
          waited += Math.max(1, seconds);
          if (waited > Math.max(1, timeout.toSeconds())) {
            throw new IOException("the server asked to wait " + seconds + " s more ("
                + response.text(4).strip() + "), beyond the section's timeout of "
                + timeout.toSeconds() + " s");
          }
          pause(seconds);
          XrdFrame.write(out, frame);
        }
        case XrdFrame.REDIRECT -> throw new NotSpoken("the server redirects the request"
            + (response.body().length >= 4 ? " to " + response.text(4) + ":" + response.number(0) : ""));
        default -> throw new NotSpoken("a response of status " + response.status());
      }
    }
  }

  private static void pause(int seconds) throws InterruptedIOException {
    try {
      Thread.sleep(seconds * 1000L);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the server asked to wait");
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
