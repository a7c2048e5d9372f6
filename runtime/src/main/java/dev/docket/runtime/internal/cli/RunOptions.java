package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.spi.param.WholeNumbers;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The options of {@code run} that are not task parameters, as given: their names, bounds and
 * help are in {@link RunOption}.
 *
 * @param workers {@code --workers N}, if given
 * @param dryRun {@code --dry-run}: show what would run
 * @param printDeps {@code --print-deps}: show the whole dependency tree
 * @param printGraph {@code --print-graph FORMAT[,families]}, if given
 * @param printStatus {@code --print-status DEPTH[,TARGET_DEPTH]}, if given
 * @param printOutput {@code --print-output DEPTH}, if given
 * @param removeOutput {@code --remove-output DEPTH[,MODE[,RUN]]}, if given
 * @param fetchOutput {@code --fetch-output DEPTH[,MODE[,DIR]]}, if given
 * @param yes {@code --yes}: do not ask before removing outputs
 * @param keepGoing {@code --keep-going} (true) or {@code --stop-on-failure} (false), if given
 * @param workflow the options of workflows and job submission ({@code --workflow} etc.)
 * @param noSandbox {@code --no-sandbox}: every task runs in place, not in its sandbox
 * @param scheduler {@code --scheduler URL}, if given
 */
record RunOptions(
    OptionalInt workers,
    boolean dryRun,
    boolean printDeps,
    Optional<GraphForm> printGraph,
    Optional<OutputForms.Status> printStatus,
    OptionalInt printOutput,
    Optional<OutputForms.Removal> removeOutput,
    Optional<OutputForms.Fetch> fetchOutput,
    boolean yes,
    Optional<Boolean> keepGoing,
    WorkflowOptions workflow,
    boolean noSandbox,
    Optional<String> scheduler) {

  /** The run options among {@code matched}; bad numbers and contradictions are bad input. */
  static RunOptions of(MatchedOptions matched) {
    return new RunOptions(
        number(matched, RunOption.WORKERS),
        matched.has(RunOption.DRY_RUN.option()),
        matched.has(RunOption.PRINT_DEPS.option()),
        form(matched, RunOption.PRINT_GRAPH).map(GraphForm::of),
        form(matched, RunOption.PRINT_STATUS).map(OutputForms::status),
        form(matched, RunOption.PRINT_OUTPUT).stream().mapToInt(OutputForms::printOutput).findFirst(),
        form(matched, RunOption.REMOVE_OUTPUT).map(OutputForms::removal),
        form(matched, RunOption.FETCH_OUTPUT).map(OutputForms::fetch),
        matched.has(RunOption.YES.option()),
        keepGoing(matched),
        WorkflowCli.options(matched),
        matched.has(RunOption.NO_SANDBOX.option()),
        form(matched, RunOption.SCHEDULER));
  }

  private static Optional<Boolean> keepGoing(MatchedOptions matched) {
    boolean keep = matched.has(RunOption.KEEP_GOING.option());
    boolean stop = matched.has(RunOption.STOP_ON_FAILURE.option());
    if (keep && stop) {
      throw new BadInputException(RunOption.KEEP_GOING.option() + " and "
          + RunOption.STOP_ON_FAILURE.option() + " contradict each other: give one of them");
    }
    return keep || stop ? Optional.of(keep) : Optional.empty();
  }

  /** The text given to {@code option}, if given: law's forms, read by {@link OutputForms}. */
  private static Optional<String> form(MatchedOptions matched, RunOption option) {
    return Optional.ofNullable(matched.value(option.option()));
  }

  /** The whole number given to {@code option}, within its bounds, if given. */
  static OptionalInt number(MatchedOptions matched, RunOption option) {
    String text = matched.value(option.option());
    if (text == null) {
      return OptionalInt.empty();
    }
    try {
      long value = WholeNumbers.parseLong(text);
      if (option.accepts(value)) {
        return OptionalInt.of((int) value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Messages.badNumber(option, text);
  }

  /**
   * Whether the command only looks at or cleans the graph ({@code --remove-output} with RUN
   * {@code yes} runs the task afterwards, as law's does).
   */
  boolean runsNothing() {
    boolean removeOnly = removeOutput.isPresent() && !removeOutput.get().run();
    return dryRun || printDeps || printGraph.isPresent() || printStatus.isPresent() || printOutput.isPresent()
        || removeOnly || fetchOutput.isPresent() || workflow.cancelJobs() || workflow.cleanupJobs();
  }
}
