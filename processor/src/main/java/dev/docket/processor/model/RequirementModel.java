package dev.docket.processor.model;

import com.google.common.collect.ImmutableList;
import com.palantir.javapoet.ClassName;
import dev.docket.processor.base.Shapes;

/**
 * One {@code @Requires} field or method, checked.
 *
 * @param field true for a field (filled by {@code create}), false for a method (called)
 * @param member the field or method name
 * @param kind one task, a collection of tasks, or a map whose values are tasks
 * @param task the required task class
 * @param propagated for a field: the parameters copied from the requiring task, by name
 */
public record RequirementModel(
    boolean field,
    String member,
    Shapes.Kind kind,
    ClassName task,
    ImmutableList<String> propagated) {}
