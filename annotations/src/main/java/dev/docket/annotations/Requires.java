package dev.docket.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a dependency of a {@link Task}: the required task runs first, and its outputs are the
 * inputs of this one.
 *
 * <p><b>On a field</b> whose type is a {@code @Task} class: Docket fills it with the required
 * task. Its parameters are copied by name from this task where name and type match, the rest
 * take their configured or default values; a required parameter that cannot be copied is a
 * compile error.
 *
 * <p><b>On a method</b> without arguments, returning a task, a {@code Collection} of tasks or a
 * {@code Map} whose values are tasks: for dependencies that depend on parameter values. Build
 * them with the generated builders, e.g.
 * {@code Selection_Builder.req(this).dataset("ttbar").build()}.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Requires {}
