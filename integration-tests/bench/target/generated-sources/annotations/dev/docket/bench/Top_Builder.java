package dev.docket.bench;

import dev.docket.runtime.task.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Top} tasks in code: {@code Top_Builder.create()...build()}, or
 * {@code Top_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Top_Builder {
  private final TaskBuilder<Top> builder;

  private Top_Builder(TaskBuilder<Top> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Top_Builder create() {
    return new Top_Builder(TaskBuilder.of(Top_Node.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Top}'s (law's {@code req}).
   */
  public static Top_Builder req(Object task) {
    return new Top_Builder(TaskBuilder.of(Top_Node.INSTANCE).copyFrom(task));
  }

  /**
   * How many leaves.
   */
  public Top_Builder n(int n) {
    builder.set(Top_Params.N, n);
    return this;
  }

  public Top_Builder action(String action) {
    builder.set(Top_Params.ACTION, action);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Top build() {
    return builder.build();
  }
}
