package org.example.ttbar;

import dev.docket.runtime.spi.TaskBuilder;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Merge} tasks in code: {@code Merge_Builder.create()...build()}, or
 * {@code Merge_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Merge_Builder {
  private final TaskBuilder<Merge> builder;

  private Merge_Builder(TaskBuilder<Merge> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Merge_Builder create() {
    return new Merge_Builder(TaskBuilder.of(Merge_Family.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Merge}'s (law's {@code req}).
   */
  public static Merge_Builder req(Object task) {
    return new Merge_Builder(TaskBuilder.of(Merge_Family.INSTANCE).copyFrom(task));
  }

  public Merge_Builder datasets(List<String> datasets) {
    builder.set(Merge_Params.DATASETS, datasets);
    return this;
  }

  public Merge_Builder version(String version) {
    builder.set(Merge_Params.VERSION, version);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Merge build() {
    return builder.build();
  }
}
