package dev.docket.jupyter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.zeromq.ZMQ;

/**
 * Messages to and from ZeroMQ frames: {@code identities..., <IDS|MSG>, signature, header,
 * parent_header, metadata, content[, buffers]}, each JSON part signed. Also makes new messages
 * of this kernel's session.
 */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] DELIMITER = "<IDS|MSG>".getBytes(StandardCharsets.US_ASCII);
  private static final String PROTOCOL_VERSION = "5.3";

  private final Signer signer;
  private final String session = UUID.randomUUID().toString();

  Wire(Signer signer) {
    this.signer = signer;
  }

  /** The next message on {@code socket}; {@code null} for one whose signature is wrong. */
  Message read(ZMQ.Socket socket) throws IOException {
    List<byte[]> frames = new ArrayList<>();
    do {
      frames.add(socket.recv());
    } while (socket.hasReceiveMore());
    int delimiter = 0;
    while (delimiter < frames.size() && !Arrays.equals(frames.get(delimiter), DELIMITER)) {
      delimiter++;
    }
    if (frames.size() < delimiter + 6) {
      throw new IOException("a message of " + frames.size() + " frames without the protocol's parts");
    }
    List<byte[]> signed = frames.subList(delimiter + 2, delimiter + 6);
    if (!signer.verify(new String(frames.get(delimiter + 1), StandardCharsets.US_ASCII), signed)) {
      return null;
    }
    return new Message(
        List.copyOf(frames.subList(0, delimiter)),
        object(signed.get(0)), object(signed.get(1)), object(signed.get(2)), object(signed.get(3)));
  }

  void send(ZMQ.Socket socket, Message message) {
    List<byte[]> parts = List.of(
        bytes(message.header()), bytes(message.parent()), bytes(message.metadata()),
        bytes(message.content()));
    for (byte[] identity : message.identities()) {
      socket.sendMore(identity);
    }
    socket.sendMore(DELIMITER);
    socket.sendMore(signer.sign(parts));
    for (int i = 0; i < parts.size(); i++) {
      if (i < parts.size() - 1) {
        socket.sendMore(parts.get(i));
      } else {
        socket.send(parts.get(i));
      }
    }
  }

  /** A reply to {@code request} (or an IOPub message about it): its identities, its header as parent. */
  Message reply(Message request, String type, ObjectNode content) {
    return new Message(request.identities(), header(type), request.header(), JSON.createObjectNode(), content);
  }

  /** An IOPub message whose topic is its type. */
  Message publish(ObjectNode parentHeader, String type, ObjectNode content) {
    return new Message(
        List.of(type.getBytes(StandardCharsets.UTF_8)), header(type), parentHeader,
        JSON.createObjectNode(), content);
  }

  /** A request of this session, as a client sends it (the kernel's tests are such a client). */
  Message request(String type, ObjectNode content) {
    return new Message(List.of(), header(type), JSON.createObjectNode(), JSON.createObjectNode(), content);
  }

  private ObjectNode header(String type) {
    ObjectNode header = JSON.createObjectNode();
    header.put("msg_id", UUID.randomUUID().toString());
    header.put("session", session);
    header.put("username", "docket");
    header.put("date", Instant.now().toString());
    header.put("msg_type", type);
    header.put("version", PROTOCOL_VERSION);
    return header;
  }

  private static ObjectNode object(byte[] part) throws IOException {
    JsonNode node = JSON.readTree(part);
    return node instanceof ObjectNode object ? object : JSON.createObjectNode();
  }

  private static byte[] bytes(ObjectNode node) {
    try {
      return JSON.writeValueAsBytes(node);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
