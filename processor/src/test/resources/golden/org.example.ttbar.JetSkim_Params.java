package org.example.ttbar;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.IdentityText;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link JetSkim}: their specifications, values and identity.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class JetSkim_Params {
  /**
   * The analysis version, v2 for jets.
   */
  public static final ParamSpec<String> VERSION = ParamSpec.optional(0, "version",
      "java.lang.String", Converters.STRING, "v2", true, "The analysis version, v2 for jets.");

  public static final ParamSpec<Integer> THREADS = ParamSpec.optional(1, "threads",
      "java.lang.Integer", Converters.INT, "1", false, false, "");

  public static final ParamSpec<String> DATASET = ParamSpec.required(2, "dataset",
      "java.lang.String", Converters.STRING, true, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(VERSION, THREADS, DATASET);

  private JetSkim_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(JetSkim task) {
    return ParamValues.of(ALL, task.version, task.threads, task.dataset);
  }

  /**
   * The identity of {@code task}: its family and its significant parameters as text.
   */
  public static TaskId idOf(JetSkim task) {
    return new TaskId("JetSkim", new StringBuilder(18 + IdentityText.length(task.version)
        + IdentityText.length(task.dataset)).append("version=").append(task.version)
        .append(", dataset=").append(task.dataset).toString());
  }
}
