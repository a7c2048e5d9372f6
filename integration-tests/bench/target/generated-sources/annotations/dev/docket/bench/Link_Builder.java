package dev.docket.bench;

import dev.docket.runtime.task.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Link} tasks in code: {@code Link_Builder.create()...build()}, or
 * {@code Link_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Link_Builder {
  private final TaskBuilder<Link> builder;

  private Link_Builder(TaskBuilder<Link> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Link_Builder create() {
    return new Link_Builder(TaskBuilder.of(Link_Node.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Link}'s (law's {@code req}).
   */
  public static Link_Builder req(Object task) {
    return new Link_Builder(TaskBuilder.of(Link_Node.INSTANCE).copyFrom(task));
  }

  public Link_Builder i(int i) {
    builder.set(Link_Params.I, i);
    return this;
  }

  public Link_Builder action(String action) {
    builder.set(Link_Params.ACTION, action);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Link build() {
    return builder.build();
  }
}
