package dev.docket.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The connection file Jupyter writes for a kernel it starts: where to bind and how to sign.
 *
 * @param transport {@code tcp} (Jupyter's default) or {@code ipc}
 * @param ip the address to bind, 127.0.0.1 unless the user chose another
 * @param key the HMAC key; empty means messages are not signed
 * @param scheme the signature scheme, e.g. {@code hmac-sha256}
 */
record Connection(
    String transport, String ip, String key, String scheme,
    int shell, int control, int stdin, int iopub, int heartbeat) {

  static Connection read(Path file) throws IOException {
    JsonNode node = new ObjectMapper().readTree(Files.readString(file));
    return new Connection(
        node.path("transport").asText("tcp"),
        node.path("ip").asText("127.0.0.1"),
        node.path("key").asText(""),
        node.path("signature_scheme").asText("hmac-sha256"),
        port(node, "shell_port"), port(node, "control_port"), port(node, "stdin_port"),
        port(node, "iopub_port"), port(node, "hb_port"));
  }

  /** {@code tcp://127.0.0.1:5555}, or {@code ipc://<ip>-<port>} as jupyter_client names it. */
  String address(int port) {
    return transport.equals("ipc") ? "ipc://" + ip + "-" + port : transport + "://" + ip + ":" + port;
  }

  private static int port(JsonNode node, String name) throws IOException {
    int port = node.path(name).asInt(-1);
    if (port <= 0) {
      throw new IOException("the connection file has no " + name);
    }
    return port;
  }
}
