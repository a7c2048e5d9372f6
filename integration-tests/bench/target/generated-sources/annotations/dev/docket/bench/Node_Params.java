package dev.docket.bench;

import dev.docket.runtime.task.Converters;
import dev.docket.runtime.task.ParamSpec;
import dev.docket.runtime.task.ParamValues;
import dev.docket.runtime.task.TaskArgs;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link Node}: their specifications, and conversion between a task and
 * its command-line arguments.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Node_Params {
  /**
   * The size of the whole tree.
   */
  public static final ParamSpec<Integer> N = ParamSpec.required(0, "n", "java.lang.Integer",
      Converters.INT, true, "The size of the whole tree.");

  public static final ParamSpec<Integer> L = ParamSpec.required(1, "l", "java.lang.Integer",
      Converters.INT, true, "");

  public static final ParamSpec<Integer> J = ParamSpec.required(2, "j", "java.lang.Integer",
      Converters.INT, true, "");

  public static final ParamSpec<String> ACTION = ParamSpec.optional(3, "action", "java.lang.String",
      Converters.STRING, "shell", false, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(N, L, J, ACTION);

  private Node_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(Node task) {
    return ParamValues.of(ALL, task.n, task.l, task.j, task.action);
  }

  /**
   * Creates a task from command-line arguments, e.g. {@code parse("--name", "value")}.
   *
   * @throws dev.docket.runtime.BadInputException for an unknown or malformed argument
   */
  public static Node parse(String... args) {
    return TaskArgs.parse(Node_Node.INSTANCE, args);
  }

  /**
   * The command-line arguments that {@link #parse} turns back into {@code task}.
   */
  public static List<String> toArgs(Node task) {
    return TaskArgs.format(Node_Node.INSTANCE, task);
  }
}
