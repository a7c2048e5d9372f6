/**
 * Validation of task classes into {@link dev.docket.processor.validation.ValidationReport}s, and
 * the catalogue of every diagnostic, {@link dev.docket.processor.validation.ErrorMessages}.
 *
 * <p>Depends on {@code base}, {@code model} and the parameter grammar of
 * {@code docket-annotations}; the processor's steps use it.
 */
package dev.docket.processor.validation;
