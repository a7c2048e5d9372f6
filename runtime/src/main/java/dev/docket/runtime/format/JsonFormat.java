package dev.docket.runtime.format;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * {@link Formats#JSON} and {@link Formats#json(Class)}: a JSON value, written indented with a
 * final line break. Reading is strict: one value, no trailing content, no duplicate keys.
 */
final class JsonFormat<T> implements Format<T> {
  /**
   * One mapper for all: it is thread-safe once built. It leaves streams open, as {@link Format}
   * says, and closing ours matters: closing a target's output stream puts the file in place.
   */
  private static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
          .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .build();

  /** {@code null} for the tree itself. */
  private final Class<T> type;

  private JsonFormat(Class<T> type) {
    this.type = type;
  }

  static JsonFormat<JsonNode> tree() {
    return new JsonFormat<>(null);
  }

  static <T> JsonFormat<T> of(Class<T> type) {
    return new JsonFormat<>(type);
  }

  @Override
  public T read(InputStream in) throws IOException {
    JsonNode tree;
    try {
      tree = MAPPER.readTree(in);
    } catch (JacksonException e) {
      throw readable(e);
    }
    if (tree == null || tree.isMissingNode()) {
      throw new IOException("the file is empty; a JSON value was expected");
    }
    if (type == null) {
      @SuppressWarnings("unchecked") // type is null only in tree(), whose T is JsonNode
      T node = (T) tree;
      return node;
    }
    // Bound from the tree rather than the stream: syntax errors keep their line and column from
    // the parse above, and binding errors say where in the value with their path.
    try {
      return MAPPER.treeToValue(tree, type);
    } catch (JacksonException e) {
      throw readable(e);
    }
  }

  @Override
  public void write(T value, OutputStream out) throws IOException {
    try {
      MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, value);
    } catch (JacksonException e) {
      throw readable(e);
    }
    out.write('\n');
  }

  @Override
  public String name() {
    return "json";
  }

  /**
   * Jackson's message on one line with the line and column, or the path in the value, and
   * without its "[Source: ...]", which names no file here (the target adds the file's name).
   */
  private static IOException readable(JacksonException e) {
    StringBuilder message = new StringBuilder(String.valueOf(e.getOriginalMessage()).strip());
    JsonLocation where = e.getLocation();
    if (where != null && where.getLineNr() > 0) {
      message.append(" at line ").append(where.getLineNr());
      if (where.getColumnNr() > 0) {
        message.append(", column ").append(where.getColumnNr());
      }
    } else if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      message.append(" at ").append(path(mapping));
    }
    return new IOException(message.toString().replaceAll("\\s*\\R\\s*", " "), e);
  }

  /** Where in the value, e.g. {@code cuts[2].pt}. */
  private static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      if (step.getFieldName() != null) {
        path.append(path.length() == 0 ? "" : ".").append(step.getFieldName());
      } else if (step.getIndex() >= 0) {
        path.append('[').append(step.getIndex()).append(']');
      }
    }
    return path.length() == 0 ? "the top" : path.toString();
  }
}
