package dev.docket.backends.xrootd;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;

/**
 * The XRootD protocol's framing, as its specification ("XRootD Protocol", version 5) lays it
 * out: a request is a 24-byte header (stream id, request code, 16 bytes of parameters, the
 * length of what follows) and its payload; a response is an 8-byte header (stream id, status,
 * length) and its body. Everything is in network byte order. Only what the metadata path sends
 * and reads is named here.
 */
final class XrdFrame {
  /** One response: its stream id, status and body. */
  record Response(int streamId, int status, byte[] body) {
    /** The big-endian 32-bit number at {@code offset} of the body. */
    int number(int offset) {
      return ByteBuffer.wrap(body, offset, 4).getInt();
    }

    /** The body from {@code offset} as text, up to its first NUL (C strings end there). */
    String text(int offset) {
      int end = offset;
      while (end < body.length && body[end] != 0) {
        end++;
      }
      return new String(body, offset, end - offset, java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  // Request codes
  static final int AUTH = 3000;
  static final int DIRLIST = 3004;
  static final int PROTOCOL = 3006;
  static final int LOGIN = 3007;
  static final int STAT = 3017;

  // Response statuses
  static final int OK = 0;
  static final int OK_SO_FAR = 4000;
  static final int AUTH_MORE = 4002;
  static final int ERROR = 4003;
  static final int REDIRECT = 4004;
  static final int WAIT = 4005;

  // Error codes the client acts on itself
  static final int NOT_FOUND = 3011;

  /** The protocol version this client speaks: 5.0.0. */
  static final int VERSION = 0x500;
  /** kXR_dstat: a dirlist with each entry's stat. */
  static final byte DIRLIST_STAT = 2;
  /** kXR_secreqs in a kXR_protocol request: tell us whether requests must be signed. */
  static final byte WANT_SECURITY_REQUIREMENTS = 1;
  /** kXR_isManager in the kXR_protocol response's flags: a redirector of a cluster. */
  static final int IS_MANAGER = 2;
  /** kXR_ver005 in a login's capability version: the 2019 client generation. */
  static final byte CLIENT_GENERATION = 5;

  /**
   * The most a body may be, and the most the parts of one answer may add up to: far above what a
   * server sends for metadata (8 KiB parts; a listing of a million entries is some 60 MiB).
   */
  static final int MAX_BODY = 64 << 20;

  private XrdFrame() {}

  /**
   * The 20 bytes that open a connection (three zeros, 4 and 2012): the server answers them with
   * an 8-byte body of its own protocol version and kind.
   */
  static byte[] handshake() {
    return ByteBuffer.allocate(20).putInt(0).putInt(0).putInt(0).putInt(4).putInt(2012).array();
  }

  /** A request: its header with {@code parameters} (at most 16 bytes, zero-padded), then {@code payload}. */
  static byte[] request(int streamId, int code, byte[] parameters, byte[] payload) {
    if (parameters.length > 16) {
      throw new IllegalArgumentException("16 bytes of parameters at most: " + parameters.length);
    }
    ByteBuffer frame = ByteBuffer.allocate(24 + payload.length);
    frame.putShort((short) streamId).putShort((short) code).put(parameters);
    frame.position(20);
    frame.putInt(payload.length).put(payload);
    return frame.array();
  }

  static void write(OutputStream out, byte[] frame) throws IOException {
    out.write(frame);
    out.flush();
  }

  /**
   * The next response. An end of stream before or inside it is an {@link EOFException} (the
   * server closed the connection); a length beyond any metadata answer is a {@link
   * XrdSession.NotSpoken}, as the stream can no longer be trusted.
   */
  static Response read(DataInputStream in) throws IOException {
    int streamId = in.readUnsignedShort();
    int status = in.readUnsignedShort();
    int length = in.readInt();
    if (length < 0 || length > MAX_BODY) {
      throw new XrdSession.NotSpoken("a response of " + Integer.toUnsignedString(length) + " bytes");
    }
    byte[] body = new byte[length];
    in.readFully(body);
    return new Response(streamId, status, body);
  }
}
