package dev.docket.jupyter;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zeromq.SocketType;
import org.zeromq.ZContext;
import org.zeromq.ZMQ;

/**
 * The kernel as Jupyter runs it: a process started with a connection file, spoken to over
 * ZeroMQ with signed messages. (The archetype's integration test runs a notebook on it with
 * Jupyter's own client.)
 */
class KernelProcessTest {
  private static final String KEY = "a0b1c2d3-secret";

  @TempDir Path dir;

  @Test
  void servesACellWithItsOutputLiveProgressAndValueThenShutsDown() throws Exception {
    int[] ports = freePorts();
    Path connection = dir.resolve("kernel.json");
    Files.writeString(connection, String.format(
        "{\"transport\":\"tcp\",\"ip\":\"127.0.0.1\",\"key\":\"%s\",\"signature_scheme\":\"hmac-sha256\","
            + "\"shell_port\":%d,\"iopub_port\":%d,\"control_port\":%d,\"stdin_port\":%d,\"hb_port\":%d}",
        KEY, ports[0], ports[1], ports[2], ports[3], ports[4]));
    Process kernel = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-cp", System.getProperty("java.class.path"), KernelMain.class.getName(), connection.toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("kernel.log").toFile())
        .start();
    try (ZContext context = new ZContext()) {
      ZMQ.Socket shell = connect(context, SocketType.DEALER, ports[0]);
      ZMQ.Socket iopub = connect(context, SocketType.SUB, ports[1]);
      iopub.subscribe(new byte[0]);
      ZMQ.Socket control = connect(context, SocketType.DEALER, ports[2]);
      Wire wire = new Wire(new Signer(KEY, "hmac-sha256"));
      Wire forger = new Wire(new Signer("another key", "hmac-sha256"));

      forger.send(shell, forger.request("kernel_info_request", Wire.JSON.createObjectNode()));
      Message info = wire.request("kernel_info_request", Wire.JSON.createObjectNode());
      wire.send(shell, info);
      Message reply = wire.read(shell);
      assertThat(reply.parent().path("msg_id").asText()).isEqualTo(id(info)); // the forged one got none
      assertThat(reply.content().path("language_info").path("name").asText()).isEqualTo("java");
      awaitSubscription(context, shell, iopub, wire);

      ObjectNode code = Wire.JSON.createObjectNode();
      code.put("code", "System.out.println(\"start A()\");\n"
          + "System.out.println(\"[1/2] done A() in 0.10 s\");\n"
          + "System.out.println(\"a log line\");\n"
          + "System.out.print(\"\\r\\033[K1/2 done, 1 running, 0 pending, 0 failed; 0 s, 0.0 tasks/s\");\n"
          + "System.out.flush();\n"
          + "System.out.println(\"[2/2] done B() in 0.20 s\");\n"
          + "1 + 1");
      Message execute = wire.request("execute_request", code);
      wire.send(shell, execute);
      Message executed = wire.read(shell);
      assertThat(executed.type()).isEqualTo("execute_reply");
      assertThat(executed.content().path("status").asText()).isEqualTo("ok");
      assertThat(executed.content().path("execution_count").asInt()).isEqualTo(1);

      List<Message> published = drain(iopub, wire, id(execute));
      List<String> types = published.stream().map(Message::type).toList();
      assertThat(types.get(0)).isEqualTo("status");
      assertThat(types).containsAtLeast(
          "execute_input", "display_data", "stream", "execute_result", "status").inOrder();
      Message progress = find(published, "display_data");
      String displayId = progress.content().path("transient").path("display_id").asText();
      assertThat(displayId).isNotEmpty();
      Message last = published.stream().filter(m -> m.type().endsWith("display_data")).reduce((a, b) -> b).get();
      assertThat(last.content().path("transient").path("display_id").asText()).isEqualTo(displayId);
      assertThat(last.content().path("data").path("text/plain").asText()).isEqualTo("2/2 done");
      assertThat(published.stream().filter(m -> m.type().equals("stream")).map(m -> m.content().path("text").asText()))
          .containsExactly("a log line\n"); // the progress lines, the live style's included, are in the display
      assertThat(find(published, "execute_result").content().path("data").path("text/plain").asText())
          .isEqualTo("2");

      wire.send(control, wire.request("shutdown_request", Wire.JSON.createObjectNode().put("restart", false)));
      assertThat(wire.read(control).type()).isEqualTo("shutdown_reply");
      assertThat(kernel.waitFor(30, TimeUnit.SECONDS)).isTrue();
      assertThat(kernel.exitValue()).isEqualTo(0);
    } finally {
      kernel.destroyForcibly();
    }
  }

  /** As Jupyter's client does: kernel_info requests until their status comes on IOPub. */
  private static void awaitSubscription(ZContext context, ZMQ.Socket shell, ZMQ.Socket iopub, Wire wire)
      throws IOException {
    ZMQ.Poller poller = context.createPoller(1);
    poller.register(iopub, ZMQ.Poller.POLLIN);
    for (int attempt = 0; attempt < 100; attempt++) {
      Message info = wire.request("kernel_info_request", Wire.JSON.createObjectNode());
      wire.send(shell, info);
      wire.read(shell);
      if (poller.poll(500) > 0) {
        drain(iopub, wire, id(info));
        return;
      }
    }
    throw new AssertionError("no status on IOPub");
  }

  private static ZMQ.Socket connect(ZContext context, SocketType type, int port) {
    ZMQ.Socket socket = context.createSocket(type);
    socket.setReceiveTimeOut(60_000); // the kernel's JVM and JShell start in a few seconds
    socket.connect("tcp://127.0.0.1:" + port);
    return socket;
  }

  /** IOPub messages about {@code requestId}, up to its idle status. */
  private static List<Message> drain(ZMQ.Socket iopub, Wire wire, String requestId) throws IOException {
    List<Message> messages = new ArrayList<>();
    while (true) {
      Message message = wire.read(iopub);
      if (!message.parent().path("msg_id").asText().equals(requestId)) {
        continue;
      }
      messages.add(message);
      if (message.type().equals("status")
          && message.content().path("execution_state").asText().equals("idle")) {
        return messages;
      }
    }
  }

  private static Message find(List<Message> messages, String type) {
    return messages.stream().filter(m -> m.type().equals(type)).findFirst().orElseThrow();
  }

  private static String id(Message message) {
    return message.header().path("msg_id").asText();
  }

  private static int[] freePorts() throws IOException {
    int[] ports = new int[5];
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      for (int i = 0; i < ports.length; i++) {
        ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
    } finally {
      for (ServerSocket socket : sockets) {
        socket.close();
      }
    }
    return ports;
  }
}
