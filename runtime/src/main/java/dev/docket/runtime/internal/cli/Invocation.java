package dev.docket.runtime.internal.cli;

import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;

/** What the user asked for, once the arguments are parsed. */
sealed interface Invocation {
  /** {@code --help} at some level: print {@code text} and succeed. */
  record Help(String text) implements Invocation {}

  /** {@code list}. */
  record ListFamilies() implements Invocation {}

  /** {@code config}: print the effective configuration. */
  record ShowConfig() implements Invocation {}

  /** {@code completion <shell> [command]}: print a completion script. */
  record Completion(String shell, String command) implements Invocation {}

  /** {@code history [RUN]}. */
  record History(java.util.OptionalLong run) implements Invocation {}

  /**
   * {@code run <Family> ...}.
   *
   * @param family the requested family
   * @param params the parameters given, as text, in command-line order, each once
   * @param options the other options
   */
  record Run(TaskFamily<?> family, List<Param> params, RunOptions options)
      implements Invocation {}

  /**
   * One parameter of {@code run} as given. (A list of these rather than a map keyed by
   * {@link ParamSpec}: hashing that record would cost its bootstrap at start-up for nothing.)
   */
  record Param(ParamSpec<?> spec, String text) {}
}
