package dev.docket.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field of a {@link Task} as a parameter. The field must be neither private nor final.
 *
 * <p>On the command line the parameter is {@code --} followed by the field name in kebab case
 * ({@code minJets} becomes {@code --min-jets}). Its value comes from the command line, else from
 * the {@code [Family]} section of {@code docket.cfg}, else from {@link #defaultValue()}; a
 * parameter without a default is required.
 *
 * <p>Supported types: {@code String}, every primitive and its box, enums, {@code Path},
 * {@code Duration} ({@code PT5M} or {@code 5m}), {@code LocalDate} ({@code 2024-01-31}),
 * {@code LocalDateTime} ({@code 2024-01-31T18:30}), {@code Instant}
 * ({@code 2024-01-31T18:30:00Z}), {@code BigDecimal}, {@code URI} (absolute),
 * {@code dev.docket.runtime.param.DateInterval} (luigi's date intervals: {@code 2024},
 * {@code 2024-01}, {@code 2024-W05}, {@code 2024-01-01-2024-02-01}, end exclusive),
 * {@code dev.docket.runtime.param.IntRange} ({@code 0:10}, end exclusive) and
 * {@code DoubleRange} ({@code 0.5:2.5}), any type with a {@link ParamConverter}; and of these
 * {@code List<T>} and {@code Set<T>} (comma-separated), {@code Map<String, T>}
 * ({@code a=1,b=2}) and {@code Optional<T>} (empty text: empty; without a
 * {@code defaultValue} an {@code Optional} parameter defaults to empty instead of being
 * required). Any other type is a compile-time error ({@code [DocketParamType]}), and so is a
 * {@code defaultValue} that does not parse ({@code [DocketParamDefault]}), except for types
 * with a user converter, whose defaults are parsed when the task is first built.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.FIELD)
public @interface Param {
  /** Marks "no default": the parameter is required. */
  String NO_DEFAULT = "\u0000docket:no-default";

  /**
   * The default, written as on the command line ({@code "4"}, {@code "a,b,c"}, {@code "PT1H"}).
   * Absent: the parameter is required. Checked at compile time.
   */
  String defaultValue() default NO_DEFAULT;

  /** One line for {@code --help}; default: the field's Javadoc. */
  String description() default "";

  /**
   * Whether the parameter is part of the task's identity (default {@code true}). Two tasks of
   * one family whose significant parameters are equal are the same task and run once.
   */
  boolean significant() default true;

  /**
   * Whether this parameter takes its value from another task when this task is derived from
   * it (default {@code true}): by a {@code @Requires} field, or by {@code Foo_Builder.req(other)}
   * (law's {@code req}), which copy parameters by name and type. With {@code false} the value
   * comes only from an explicit setter, the command line, {@code docket.cfg} or
   * {@code defaultValue}, like law's {@code exclude_params_req}: use it for settings such as a
   * number of threads that should not leak from a downstream task into its inputs. A
   * {@code @Requires} field whose task has a required parameter that does not propagate is a
   * compile-time error ({@code [DocketRequiresParam]}).
   */
  boolean propagate() default true;
}
