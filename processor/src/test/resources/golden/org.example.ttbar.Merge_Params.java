package org.example.ttbar;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.IdentityText;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link Merge}: their specifications, values and identity.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Merge_Params {
  public static final ParamSpec<List<String>> DATASETS = ParamSpec.optional(0, "datasets",
      "java.util.List<java.lang.String>", Converters.listOf(Converters.STRING), "ttbar,wjets", true,
      "");

  public static final ParamSpec<String> VERSION = ParamSpec.optional(1, "version",
      "java.lang.String", Converters.STRING, "v1", true, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(DATASETS, VERSION);

  private Merge_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(Merge task) {
    return ParamValues.of(ALL, task.datasets, task.version);
  }

  /**
   * The identity of {@code task}: its family and its significant parameters as text.
   */
  public static TaskId idOf(Merge task) {
    return new TaskId("ttbar.Merge", new StringBuilder(35 + IdentityText.length(task.version))
        .append("datasets=").append(DATASETS.format(task.datasets))
        .append(", version=").append(task.version).toString());
  }
}
