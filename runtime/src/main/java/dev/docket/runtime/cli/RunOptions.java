package dev.docket.runtime.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.workflow.WorkflowOptions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The options of {@code run} that are not task parameters.
 *
 * @param workers {@code --workers N}, if given
 * @param dryRun {@code --dry-run}: show what would run
 * @param printDeps {@code --print-deps}: show the whole dependency tree
 * @param printStatus {@code --print-status DEPTH}, if given
 * @param removeOutput {@code --remove-output DEPTH}, if given
 * @param yes {@code --yes}: do not ask before removing outputs
 * @param keepGoing {@code --keep-going} (true) or {@code --stop-on-failure} (false), if given
 * @param workflow the options of workflows and job submission ({@code --workflow} etc.)
 */
record RunOptions(
    OptionalInt workers,
    boolean dryRun,
    boolean printDeps,
    OptionalInt printStatus,
    OptionalInt removeOutput,
    boolean yes,
    Optional<Boolean> keepGoing,
    WorkflowOptions workflow) {

  static final String WORKERS = "--workers";
  static final String DRY_RUN = "--dry-run";
  static final String PRINT_DEPS = "--print-deps";
  static final String PRINT_STATUS = "--print-status";
  static final String REMOVE_OUTPUT = "--remove-output";
  static final String YES = "--yes";
  static final String KEEP_GOING = "--keep-going";
  static final String STOP_ON_FAILURE = "--stop-on-failure";
  static final String HELP = "--help";

  /** Option name to (value label or {@code null} for a flag, description), in help order. */
  static final Map<String, String[]> OPTIONS = options();

  private static Map<String, String[]> options() {
    Map<String, String[]> options = new LinkedHashMap<>();
    options.put(WORKERS, new String[] {"N", "Run up to N tasks at once (default: [core] workers, else 1)."});
    options.put(KEEP_GOING, new String[] {null, "After a failure, keep starting the tasks that do not depend on it (the default; [core] keep-going)."});
    options.put(STOP_ON_FAILURE, new String[] {null, "After a failure, start no further task; let the running ones finish."});
    options.put(DRY_RUN, new String[] {null, "Show the tasks that would run, in order; run nothing."});
    options.put(PRINT_DEPS, new String[] {null, "Show the whole dependency tree; run nothing."});
    options.put(PRINT_STATUS, new String[] {"DEPTH", "Show tasks and outputs to DEPTH (0: this task); run nothing."});
    options.put(REMOVE_OUTPUT, new String[] {"DEPTH", "Remove the outputs of this task and its dependencies to DEPTH; run nothing."});
    options.put(YES, new String[] {null, "Remove outputs without asking."});
    options.putAll(WorkflowCli.OPTIONS);
    return options;
  }

  /** The run options among {@code matched}; bad numbers and contradictions are bad input. */
  static RunOptions of(MatchedOptions matched) {
    return new RunOptions(
        number(matched, WORKERS, 1),
        matched.has(DRY_RUN),
        matched.has(PRINT_DEPS),
        number(matched, PRINT_STATUS, 0),
        number(matched, REMOVE_OUTPUT, 0),
        matched.has(YES),
        keepGoing(matched),
        WorkflowCli.options(matched));
  }

  private static Optional<Boolean> keepGoing(MatchedOptions matched) {
    boolean keep = matched.has(KEEP_GOING);
    boolean stop = matched.has(STOP_ON_FAILURE);
    if (keep && stop) {
      throw new BadInputException(
          KEEP_GOING + " and " + STOP_ON_FAILURE + " contradict each other: give one of them");
    }
    return keep || stop ? Optional.of(keep) : Optional.empty();
  }

  /** The whole number given to {@code option}, at least {@code minimum}, if given. */
  static OptionalInt number(MatchedOptions matched, String option, int minimum) {
    String text = matched.value(option);
    if (text == null) {
      return OptionalInt.empty();
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= minimum) {
        return OptionalInt.of(value);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Messages.badNumber(option, text);
  }

  /** Whether the command only looks at or cleans the graph. */
  boolean runsNothing() {
    return dryRun || printDeps || printStatus.isPresent() || removeOutput.isPresent()
        || workflow.cancelJobs() || workflow.cleanupJobs();
  }
}
