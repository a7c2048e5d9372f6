/**
 * Immutable models of checked task classes: the only input of the writers. Built only for
 * classes that validation found clean, so factories may assume a well-formed class.
 *
 * <p>Depends on {@code base} and the parameter grammar of {@code docket-annotations}
 * ({@code dev.docket.runtime.param}, {@code dev.docket.runtime.spi.param}); the writers,
 * validation and the processor's steps read it.
 */
package dev.docket.processor.model;
