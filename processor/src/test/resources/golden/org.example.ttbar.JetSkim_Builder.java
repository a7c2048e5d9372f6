package org.example.ttbar;

import dev.docket.runtime.spi.TaskBuilder;
import javax.annotation.processing.Generated;

/**
 * Creates {@link JetSkim} tasks in code: {@code JetSkim_Builder.create()...build()}, or
 * {@code JetSkim_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class JetSkim_Builder {
  private final TaskBuilder<JetSkim> builder;

  private JetSkim_Builder(TaskBuilder<JetSkim> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static JetSkim_Builder create() {
    return new JetSkim_Builder(TaskBuilder.of(JetSkim_Family.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link JetSkim}'s (law's {@code req}).
   */
  public static JetSkim_Builder req(Object task) {
    return new JetSkim_Builder(TaskBuilder.of(JetSkim_Family.INSTANCE).copyFrom(task));
  }

  /**
   * The analysis version, v2 for jets.
   */
  public JetSkim_Builder version(String version) {
    builder.set(JetSkim_Params.VERSION, version);
    return this;
  }

  public JetSkim_Builder threads(int threads) {
    builder.set(JetSkim_Params.THREADS, threads);
    return this;
  }

  public JetSkim_Builder dataset(String dataset) {
    builder.set(JetSkim_Params.DATASET, dataset);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public JetSkim build() {
    return builder.build();
  }
}
