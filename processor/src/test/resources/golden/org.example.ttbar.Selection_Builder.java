package org.example.ttbar;

import dev.docket.runtime.spi.TaskBuilder;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Creates {@link Selection} tasks in code: {@code Selection_Builder.create()...build()}, or
 * {@code Selection_Builder.req(this).build()} to copy the parameters of another task by name.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Selection_Builder {
  private final TaskBuilder<Selection> builder;

  private Selection_Builder(TaskBuilder<Selection> builder) {
    this.builder = builder;
  }

  /**
   * A builder whose parameters take their configured or default values unless set.
   */
  public static Selection_Builder create() {
    return new Selection_Builder(TaskBuilder.of(Selection_Family.INSTANCE));
  }

  /**
   * A builder that copies from {@code task} every parameter whose name and type match one of
   * {@link Selection}'s (law's {@code req}).
   */
  public static Selection_Builder req(Object task) {
    return new Selection_Builder(TaskBuilder.of(Selection_Family.INSTANCE).copyFrom(task));
  }

  /**
   * The dataset to select from.
   */
  public Selection_Builder dataset(String dataset) {
    builder.set(Selection_Params.DATASET, dataset);
    return this;
  }

  public Selection_Builder minJets(int minJets) {
    builder.set(Selection_Params.MIN_JETS, minJets);
    return this;
  }

  public Selection_Builder version(String version) {
    builder.set(Selection_Params.VERSION, version);
    return this;
  }

  /**
   * The lepton channel.
   */
  public Selection_Builder channel(Channel channel) {
    builder.set(Selection_Params.CHANNEL, channel);
    return this;
  }

  public Selection_Builder tags(List<String> tags) {
    builder.set(Selection_Params.TAGS, tags);
    return this;
  }

  public Selection_Builder timeout(Duration timeout) {
    builder.set(Selection_Params.TIMEOUT, timeout);
    return this;
  }

  /**
   * Creates the task.
   *
   * @throws dev.docket.runtime.BadInputException when a required parameter has no value
   */
  public Selection build() {
    return builder.build();
  }
}
