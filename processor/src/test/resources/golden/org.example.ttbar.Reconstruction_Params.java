package org.example.ttbar;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.IdentityText;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link Reconstruction}: their specifications, values and identity.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Reconstruction_Params {
  public static final ParamSpec<String> DATASET = ParamSpec.required(0, "dataset",
      "java.lang.String", Converters.STRING, true, "");

  public static final ParamSpec<String> VERSION = ParamSpec.optional(1, "version",
      "java.lang.String", Converters.STRING, "v1", true, "");

  public static final ParamSpec<Long> MIN_JETS = ParamSpec.optional(2, "minJets", "java.lang.Long",
      Converters.LONG, "6", true, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(DATASET, VERSION, MIN_JETS);

  private Reconstruction_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(Reconstruction task) {
    return ParamValues.of(ALL, task.dataset, task.version, task.minJets);
  }

  /**
   * The identity of {@code task}: its family and its significant parameters as text.
   */
  public static TaskId idOf(Reconstruction task) {
    return new TaskId("Reconstruction", new StringBuilder(28 + IdentityText.length(task.dataset)
        + IdentityText.length(task.version) + IdentityText.length(task.minJets))
        .append("dataset=").append(task.dataset).append(", version=").append(task.version)
        .append(", minJets=").append(task.minJets).toString());
  }
}
