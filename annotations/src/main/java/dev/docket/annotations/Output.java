package dev.docket.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an output of a {@link Task}: a method without arguments returning a
 * {@code dev.docket.runtime.Target}, or a {@code Collection} of targets, or a {@code Map} whose
 * values are targets. A task is complete when all its outputs exist; complete tasks are not run
 * again. A task may have several {@code @Output} methods.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Output {}
