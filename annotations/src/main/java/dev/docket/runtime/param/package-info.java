/**
 * Value types for {@code @Param} fields that Java lacks: luigi's date intervals
 * ({@link dev.docket.runtime.param.DateInterval}) and numeric ranges
 * ({@link dev.docket.runtime.param.IntRange}, {@link dev.docket.runtime.param.DoubleRange}).
 * Each has a {@code parse} that the converters use and a {@code toString} that parses back.
 * {@link dev.docket.runtime.param.Converter} is what a {@code @ParamConverter} class implements
 * for a type of one's own.
 *
 * <p>User API. The package ships in {@code docket-annotations}, which the processor uses too, and
 * depends on nothing but the JDK.
 */
package dev.docket.runtime.param;
