package dev.docket.bench;

import dev.docket.runtime.task.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Leaf} tasks in code: {@code Leaf_Builder.create()...build()}, or
 * {@code Leaf_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Leaf_Builder {
  private final TaskBuilder<Leaf> builder;

  private Leaf_Builder(TaskBuilder<Leaf> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Leaf_Builder create() {
    return new Leaf_Builder(TaskBuilder.of(Leaf_Node.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Leaf}'s (law's {@code req}).
   */
  public static Leaf_Builder req(Object task) {
    return new Leaf_Builder(TaskBuilder.of(Leaf_Node.INSTANCE).copyFrom(task));
  }

  public Leaf_Builder i(int i) {
    builder.set(Leaf_Params.I, i);
    return this;
  }

  public Leaf_Builder action(String action) {
    builder.set(Leaf_Params.ACTION, action);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Leaf build() {
    return builder.build();
  }
}
