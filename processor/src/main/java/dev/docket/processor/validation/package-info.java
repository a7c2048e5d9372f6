/**
 * Validation of task classes into {@link dev.docket.processor.validation.ValidationReport}s, and
 * the catalogue of every diagnostic, {@link dev.docket.processor.validation.ErrorMessages}.
 */
package dev.docket.processor.validation;
