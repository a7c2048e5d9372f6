package dev.docket.bench;

import dev.docket.runtime.task.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Idle} tasks in code: {@code Idle_Builder.create()...build()}, or
 * {@code Idle_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Idle_Builder {
  private final TaskBuilder<Idle> builder;

  private Idle_Builder(TaskBuilder<Idle> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Idle_Builder create() {
    return new Idle_Builder(TaskBuilder.of(Idle_Node.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Idle}'s (law's {@code req}).
   */
  public static Idle_Builder req(Object task) {
    return new Idle_Builder(TaskBuilder.of(Idle_Node.INSTANCE).copyFrom(task));
  }

  public Idle_Builder shape(String shape) {
    builder.set(Idle_Params.SHAPE, shape);
    return this;
  }

  public Idle_Builder n(int n) {
    builder.set(Idle_Params.N, n);
    return this;
  }

  public Idle_Builder i(int i) {
    builder.set(Idle_Params.I, i);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Idle build() {
    return builder.build();
  }
}
