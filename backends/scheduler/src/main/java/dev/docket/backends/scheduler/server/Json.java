package dev.docket.backends.scheduler.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/** JSON in and out of the server: one shared, thread-safe mapper. */
final class Json {
  static final ObjectMapper MAPPER = new ObjectMapper();

  static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static <T> T read(String text, TypeReference<T> type) {
    try {
      return MAPPER.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The request body as a tree; a body that is not JSON is the client's mistake. */
  static JsonNode tree(String text) throws BadRequest {
    try {
      JsonNode node = MAPPER.readTree(text.isEmpty() ? "{}" : text);
      if (!node.isObject()) {
        throw new BadRequest("the body must be a JSON object");
      }
      return node;
    } catch (JsonProcessingException e) {
      throw new BadRequest("the body is not JSON: " + e.getOriginalMessage());
    }
  }

  private Json() {}
}
