package dev.docket.bench;

import dev.docket.runtime.task.Converters;
import dev.docket.runtime.task.ParamSpec;
import dev.docket.runtime.task.ParamValues;
import dev.docket.runtime.task.TaskArgs;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link Tree}: their specifications, and conversion between a task and
 * its command-line arguments.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Tree_Params {
  /**
   * The number of tasks.
   */
  public static final ParamSpec<Integer> N = ParamSpec.required(0, "n", "java.lang.Integer",
      Converters.INT, true, "The number of tasks.");

  public static final ParamSpec<String> ACTION = ParamSpec.optional(1, "action", "java.lang.String",
      Converters.STRING, "shell", false, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(N, ACTION);

  private Tree_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(Tree task) {
    return ParamValues.of(ALL, task.n, task.action);
  }

  /**
   * Creates a task from command-line arguments, e.g. {@code parse("--name", "value")}.
   *
   * @throws dev.docket.runtime.BadInputException for an unknown or malformed argument
   */
  public static Tree parse(String... args) {
    return TaskArgs.parse(Tree_Node.INSTANCE, args);
  }

  /**
   * The command-line arguments that {@link #parse} turns back into {@code task}.
   */
  public static List<String> toArgs(Tree task) {
    return TaskArgs.format(Tree_Node.INSTANCE, task);
  }
}
