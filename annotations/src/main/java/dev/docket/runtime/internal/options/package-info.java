/**
 * The options of {@code run} that are not task parameters, in one table ({@link RunOption}): the
 * command-line parsers, their messages, help, completion, {@code config}, the processor's
 * reserved names and the bounds of the same settings in {@code docket.cfg} all read it. Not API:
 * it lives in {@code docket-annotations}, beside the parameter grammar, only so that the processor
 * can read it without depending on the runtime; it depends on nothing.
 */
package dev.docket.runtime.internal.options;
