package dev.docket.jupyter;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.UUID;

/**
 * The cell running now, as far as output goes: what it prints, displays and updates is
 * published about its request, so that Jupyter shows it under that cell. Threads a cell leaves
 * behind (a run's workers) keep publishing to the last cell.
 */
final class Cell {
  private static volatile Cell current;

  private final ObjectNode request;
  private final IoPub iopub;
  private final ProgressView progress = new ProgressView(this);

  Cell(ObjectNode request, IoPub iopub) {
    this.request = request;
    this.iopub = iopub;
  }

  static Cell current() {
    return current;
  }

  static void begin(Cell cell) {
    current = cell;
  }

  ProgressView progress() {
    return progress;
  }

  void stream(String name, String text) {
    ObjectNode content = Wire.JSON.createObjectNode();
    content.put("name", name);
    content.put("text", text);
    iopub.publish(request, "stream", content);
  }

  void display(ObjectNode data) {
    iopub.publish(request, "display_data", displayContent(data));
  }

  /** Shows {@code data} where it can be replaced later through {@link #update}; returns its id. */
  String displayUpdatable(ObjectNode data) {
    String id = "docket-" + UUID.randomUUID();
    ObjectNode content = displayContent(data);
    content.putObject("transient").put("display_id", id);
    iopub.publish(request, "display_data", content);
    return id;
  }

  void update(String id, ObjectNode data) {
    ObjectNode content = displayContent(data);
    content.putObject("transient").put("display_id", id);
    iopub.publish(request, "update_display_data", content);
  }

  private static ObjectNode displayContent(ObjectNode data) {
    ObjectNode content = Wire.JSON.createObjectNode();
    content.set("data", data);
    content.putObject("metadata");
    return content;
  }
}
