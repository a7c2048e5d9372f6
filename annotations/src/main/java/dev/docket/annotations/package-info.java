/**
 * The annotations of a Docket analysis: {@link dev.docket.annotations.Task},
 * {@link dev.docket.annotations.Param}, {@link dev.docket.annotations.Requires} and
 * {@link dev.docket.annotations.Output}, and {@link dev.docket.annotations.ParamConverter} for
 * parameter types of the user's own. All have {@code CLASS} retention: the annotation
 * processor reads them at compile time, and the runtime never reflects on user classes.
 *
 * <p>User API. Depends on nothing but the JDK (its Javadoc links the parameter types of
 * {@code dev.docket.runtime.param}); analyses, the processor and the runtime depend on it.
 */
package dev.docket.annotations;
