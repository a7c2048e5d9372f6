package dev.docket.bench;

import dev.docket.runtime.task.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Node} tasks in code: {@code Node_Builder.create()...build()}, or
 * {@code Node_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Node_Builder {
  private final TaskBuilder<Node> builder;

  private Node_Builder(TaskBuilder<Node> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Node_Builder create() {
    return new Node_Builder(TaskBuilder.of(Node_Node.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Node}'s (law's {@code req}).
   */
  public static Node_Builder req(Object task) {
    return new Node_Builder(TaskBuilder.of(Node_Node.INSTANCE).copyFrom(task));
  }

  /**
   * The size of the whole tree.
   */
  public Node_Builder n(int n) {
    builder.set(Node_Params.N, n);
    return this;
  }

  public Node_Builder l(int l) {
    builder.set(Node_Params.L, l);
    return this;
  }

  public Node_Builder j(int j) {
    builder.set(Node_Params.J, j);
    return this;
  }

  public Node_Builder action(String action) {
    builder.set(Node_Params.ACTION, action);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Node build() {
    return builder.build();
  }
}
