package dev.docket.backends.xrootd;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;

/**
 * A loopback server that speaks XRootD's framing and answers each request with what a test
 * scripts: for the answers a real server gives only in setups the tests cannot build (a login
 * that asks for gsi, kXR_wait, a redirect). It answers the handshake and kXR_protocol itself
 * (a data server, protocol 5.2.0, no signing) and records every request code it was sent.
 */
final class ScriptedServer implements AutoCloseable {
  /** One response frame: status and body. */
  record Answer(int status, byte[] body) {
    static Answer ok(String text) {
      return new Answer(0, (text + "\0").getBytes(StandardCharsets.UTF_8));
    }

    static Answer of(int status, int number, String text) {
      byte[] words = text.getBytes(StandardCharsets.UTF_8);
      return new Answer(status, ByteBuffer.allocate(4 + words.length + 1).putInt(number).put(words).array());
    }
  }

  private final ServerSocket socket;
  private final List<Integer> requests = new CopyOnWriteArrayList<>();
  private final List<Socket> clients = new CopyOnWriteArrayList<>();

  /**
   * {@code script} gives the answers to a request (its code and payload); none closes the
   * connection.
   */
  ScriptedServer(BiFunction<Integer, String, List<Answer>> script) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    Thread acceptor = new Thread(() -> {
      try {
        while (true) {
          Socket client = socket.accept();
          clients.add(client);
          Thread serve = new Thread(() -> serve(client, script));
          serve.setDaemon(true);
          serve.start();
        }
      } catch (IOException closed) {
        // the test is over
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** The request codes received, in order (kXR_protocol and kXR_login included). */
  List<Integer> requests() {
    return List.copyOf(requests);
  }

  private void serve(Socket client, BiFunction<Integer, String, List<Answer>> script) {
    try (client) {
      DataInputStream in = new DataInputStream(client.getInputStream());
      OutputStream out = client.getOutputStream();
      in.readFully(new byte[20]);
      out.write(ByteBuffer.allocate(16).putInt(0).putInt(8).putInt(0x520).putInt(1).array());
      while (true) {
        byte[] header = new byte[24];
        in.readFully(header);
        ByteBuffer h = ByteBuffer.wrap(header);
        short stream = h.getShort(0);
        int code = h.getShort(2) & 0xffff;
        byte[] payload = new byte[h.getInt(20)];
        in.readFully(payload);
        requests.add(code);
        List<Answer> answers = code == XrdFrame.PROTOCOL
            ? List.of(new Answer(0, ByteBuffer.allocate(8).putInt(0x520).putInt(1).array()))
            : script.apply(code, new String(payload, StandardCharsets.UTF_8));
        if (answers.isEmpty()) {
          return; // no answer: the connection is closed, as a restarted server's is
        }
        for (Answer answer : answers) {
          out.write(ByteBuffer.allocate(8 + answer.body().length).putShort(stream)
              .putShort((short) answer.status()).putInt(answer.body().length).put(answer.body()).array());
        }
        out.flush();
      }
    } catch (IOException gone) {
      // the client closed the connection
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    for (Socket client : clients) {
      client.close();
    }
  }
}
