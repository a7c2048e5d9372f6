package dev.docket.bench;

import dev.docket.runtime.task.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Tree} tasks in code: {@code Tree_Builder.create()...build()}, or
 * {@code Tree_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Tree_Builder {
  private final TaskBuilder<Tree> builder;

  private Tree_Builder(TaskBuilder<Tree> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Tree_Builder create() {
    return new Tree_Builder(TaskBuilder.of(Tree_Node.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Tree}'s (law's {@code req}).
   */
  public static Tree_Builder req(Object task) {
    return new Tree_Builder(TaskBuilder.of(Tree_Node.INSTANCE).copyFrom(task));
  }

  /**
   * The number of tasks.
   */
  public Tree_Builder n(int n) {
    builder.set(Tree_Params.N, n);
    return this;
  }

  public Tree_Builder action(String action) {
    builder.set(Tree_Params.ACTION, action);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Tree build() {
    return builder.build();
  }
}
