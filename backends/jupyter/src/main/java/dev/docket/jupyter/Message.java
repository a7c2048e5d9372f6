package dev.docket.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * One protocol message: the routing identities it came with (a reply goes back with them), and
 * its four JSON parts.
 */
record Message(
    List<byte[]> identities, ObjectNode header, ObjectNode parent, ObjectNode metadata,
    ObjectNode content) {

  String type() {
    return header.path("msg_type").asText();
  }
}
