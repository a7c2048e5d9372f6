package dev.docket.processor.model;

import com.google.common.collect.ImmutableList;
import com.palantir.javapoet.TypeName;
import java.util.Optional;

/**
 * One {@code @Param} field, checked.
 *
 * @param index position among the task's parameters (declaration order)
 * @param name the field name, also the builder setter's name
 * @param constant the name of its {@code ParamSpec} constant, e.g. {@code MIN_JETS}
 * @param defaultValue the default as command-line text; empty when required
 * @param description {@code @Param(description)}, else the field Javadoc's first sentence
 * @param propagate {@code @Param(propagate)}: whether {@code req} copies it from another task
 * @param overridden the superclasses (type arguments applied) whose same-named {@code @Param}
 *     field this one overrides, most derived first; generated code sets their fields too
 */
public record ParamModel(
    int index,
    String name,
    String constant,
    ParamType type,
    Optional<String> defaultValue,
    boolean significant,
    String description,
    boolean propagate,
    ImmutableList<TypeName> overridden) {}
