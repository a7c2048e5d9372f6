package dev.docket.processor.model;

import dev.docket.processor.base.Shapes;

/** One {@code @Output} method, checked: its name and whether it returns one target or many. */
public record OutputModel(String method, Shapes.Kind kind) {}
