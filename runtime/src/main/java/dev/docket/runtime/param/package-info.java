/**
 * Value types for {@code @Param} fields that Java lacks: luigi's date intervals
 * ({@link dev.docket.runtime.param.DateInterval}) and numeric ranges
 * ({@link dev.docket.runtime.param.IntRange}, {@link dev.docket.runtime.param.DoubleRange}).
 * Each has a {@code parse} that the converters use and a {@code toString} that parses back.
 */
package dev.docket.runtime.param;
