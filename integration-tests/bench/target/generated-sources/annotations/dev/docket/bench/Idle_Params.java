package dev.docket.bench;

import dev.docket.runtime.task.Converters;
import dev.docket.runtime.task.ParamSpec;
import dev.docket.runtime.task.ParamValues;
import dev.docket.runtime.task.TaskArgs;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The parameters of {@link Idle}: their specifications, and conversion between a task and
 * its command-line arguments.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Idle_Params {
  public static final ParamSpec<String> SHAPE = ParamSpec.required(0, "shape", "java.lang.String",
      Converters.STRING, true, "");

  public static final ParamSpec<Integer> N = ParamSpec.required(1, "n", "java.lang.Integer",
      Converters.INT, true, "");

  public static final ParamSpec<Integer> I = ParamSpec.required(2, "i", "java.lang.Integer",
      Converters.INT, true, "");

  /**
   * All parameters, in declaration order.
   */
  public static final List<ParamSpec<?>> ALL = List.of(SHAPE, N, I);

  private Idle_Params() {
  }

  /**
   * The parameter values of {@code task}.
   */
  public static ParamValues valuesOf(Idle task) {
    return ParamValues.of(ALL, task.shape, task.n, task.i);
  }

  /**
   * Creates a task from command-line arguments, e.g. {@code parse("--name", "value")}.
   *
   * @throws dev.docket.runtime.BadInputException for an unknown or malformed argument
   */
  public static Idle parse(String... args) {
    return TaskArgs.parse(Idle_Node.INSTANCE, args);
  }

  /**
   * The command-line arguments that {@link #parse} turns back into {@code task}.
   */
  public static List<String> toArgs(Idle task) {
    return TaskArgs.format(Idle_Node.INSTANCE, task);
  }
}
