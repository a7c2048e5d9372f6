package org.example.ttbar;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.IdentityText;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.time.Duration;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link Selection}: their specifications, values and identity.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Selection_Params {
  /**
   * The dataset to select from.
   */
  public static final ParamSpec<String> DATASET = ParamSpec.required(0, "dataset",
      "java.lang.String", Converters.STRING, true, "The dataset to select from.");

  public static final ParamSpec<Integer> MIN_JETS = ParamSpec.optional(1, "minJets",
      "java.lang.Integer", Converters.INT, "4", true, "");

  public static final ParamSpec<String> VERSION = ParamSpec.optional(2, "version",
      "java.lang.String", Converters.STRING, "v1", true, "");

  /**
   * The lepton channel.
   */
  public static final ParamSpec<Channel> CHANNEL = ParamSpec.optional(3, "channel",
      "org.example.ttbar.Channel", Converters.enumOf(Channel.values()), "muon", true,
      "The lepton channel.");

  public static final ParamSpec<List<String>> TAGS = ParamSpec.optional(4, "tags",
      "java.util.List<java.lang.String>", Converters.listOf(Converters.STRING), "a,b", true, "");

  public static final ParamSpec<Duration> TIMEOUT = ParamSpec.optional(5, "timeout",
      "java.time.Duration", Converters.DURATION, "5m", false, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(DATASET, MIN_JETS, VERSION, CHANNEL, TAGS,
      TIMEOUT);

  private Selection_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(Selection task) {
    return ParamValues.of(ALL, task.dataset, task.minJets, task.version, task.channel, task.tags,
        task.timeout);
  }

  /**
   * The identity of {@code task}: its family and its significant parameters as text.
   */
  public static TaskId idOf(Selection task) {
    return new TaskId("Selection", new StringBuilder(77 + IdentityText.length(task.dataset)
        + IdentityText.length(task.minJets) + IdentityText.length(task.version))
        .append("dataset=").append(task.dataset).append(", minJets=").append(task.minJets)
        .append(", version=").append(task.version)
        .append(", channel=").append(CHANNEL.format(task.channel))
        .append(", tags=").append(TAGS.format(task.tags)).toString());
  }
}
