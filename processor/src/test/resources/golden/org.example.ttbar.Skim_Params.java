package org.example.ttbar;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.IdentityText;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link Skim}: their specifications, values and identity.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Skim_Params {
  public static final ParamSpec<Integer> BRANCH = ParamSpec.optional(0, "branch",
      "java.lang.Integer", Converters.INT, "-1", true, "");

  public static final ParamSpec<Integer> CHUNKS = ParamSpec.optional(1, "chunks",
      "java.lang.Integer", Converters.INT, "4", true, "");

  public static final ParamSpec<String> DATASET = ParamSpec.required(2, "dataset",
      "java.lang.String", Converters.STRING, true, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(BRANCH, CHUNKS, DATASET);

  private Skim_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(Skim task) {
    return ParamValues.of(ALL, task.branch, task.chunks, task.dataset);
  }

  /**
   * The identity of {@code task}: its family and its significant parameters as text.
   */
  public static TaskId idOf(Skim task) {
    return new TaskId("Skim", new StringBuilder(26 + IdentityText.length(task.branch)
        + IdentityText.length(task.chunks) + IdentityText.length(task.dataset))
        .append("branch=").append(task.branch).append(", chunks=").append(task.chunks)
        .append(", dataset=").append(task.dataset).toString());
  }
}
