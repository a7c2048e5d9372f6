package org.example.ttbar;

import dev.docket.runtime.spi.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Skim} tasks in code: {@code Skim_Builder.create()...build()}, or
 * {@code Skim_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Skim_Builder {
  private final TaskBuilder<Skim> builder;

  private Skim_Builder(TaskBuilder<Skim> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Skim_Builder create() {
    return new Skim_Builder(TaskBuilder.of(Skim_Family.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Skim}'s (law's {@code req}).
   */
  public static Skim_Builder req(Object task) {
    return new Skim_Builder(TaskBuilder.of(Skim_Family.INSTANCE).copyFrom(task));
  }

  public Skim_Builder branch(int branch) {
    builder.set(Skim_Params.BRANCH, branch);
    return this;
  }

  public Skim_Builder chunks(int chunks) {
    builder.set(Skim_Params.CHUNKS, chunks);
    return this;
  }

  public Skim_Builder dataset(String dataset) {
    builder.set(Skim_Params.DATASET, dataset);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Skim build() {
    return builder.build();
  }
}
