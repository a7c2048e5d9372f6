package dev.docket.processor.model;

import java.util.Optional;

/**
 * One {@code @Param} field, checked.
 *
 * @param index position among the task's parameters (declaration order)
 * @param name the field name, also the builder setter's name
 * @param constant the name of its {@code ParamSpec} constant, e.g. {@code MIN_JETS}
 * @param defaultValue the default as command-line text; empty when required
 * @param description {@code @Param(description)}, else the field Javadoc's first sentence
 */
public record ParamModel(
    int index,
    String name,
    String constant,
    ParamType type,
    Optional<String> defaultValue,
    boolean significant,
    String description) {}
