/**
 * The options of {@code run} that are not task parameters, in one table ({@link RunOption}): the
 * command-line parsers, their messages, help, completion, {@code config}, the processor's
 * reserved names and the bounds of the same settings in {@code docket.cfg} all read it. Depends
 * on nothing else in the runtime, so that every package (and the processor) may use it.
 */
package dev.docket.runtime.options;
