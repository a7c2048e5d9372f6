package org.example.ttbar;

import dev.docket.runtime.spi.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Reconstruction} tasks in code: {@code Reconstruction_Builder.create()...build()}, or
 * {@code Reconstruction_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Reconstruction_Builder {
  private final TaskBuilder<Reconstruction> builder;

  private Reconstruction_Builder(TaskBuilder<Reconstruction> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Reconstruction_Builder create() {
    return new Reconstruction_Builder(TaskBuilder.of(Reconstruction_Family.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Reconstruction}'s (law's {@code req}).
   */
  public static Reconstruction_Builder req(Object task) {
    return new Reconstruction_Builder(TaskBuilder.of(Reconstruction_Family.INSTANCE).copyFrom(task));
  }

  public Reconstruction_Builder dataset(String dataset) {
    builder.set(Reconstruction_Params.DATASET, dataset);
    return this;
  }

  public Reconstruction_Builder version(String version) {
    builder.set(Reconstruction_Params.VERSION, version);
    return this;
  }

  public Reconstruction_Builder minJets(long minJets) {
    builder.set(Reconstruction_Params.MIN_JETS, minJets);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Reconstruction build() {
    return builder.build();
  }
}
