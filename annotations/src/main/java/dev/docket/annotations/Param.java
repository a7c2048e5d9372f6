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
 * {@code Duration} ({@code PT5M} or {@code 5m}), {@code LocalDate} ({@code 2024-01-31}), and
 * {@code List<T>} of these (comma-separated).
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
}
