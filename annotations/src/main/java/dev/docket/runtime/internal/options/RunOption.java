package dev.docket.runtime.internal.options;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The options of {@code run} that are not task parameters, in help order: one row each, with
 * its value label, its bounds and default if it takes a whole number, and its help.
 *
 * <p>Why these maxima (a bound keeps a typo from exhausting the machine; each is far above any
 * real use and the same on every machine, so that a command line valid on a laptop is valid on a
 * cluster node):
 *
 * <ul>
 *   <li>{@code --workers} 1 to 1024: each worker is a thread of this process, started up front;
 *       2147483647 ran out of memory and 100000000 hung starting threads. In-process tasks gain
 *       nothing from more workers than cores unless they wait on I/O, and 1024 threads start in
 *       a few tens of milliseconds. Work that needs more parallelism goes to a batch backend.
 *   <li>{@code --parallel-jobs} 1 to 100000: only a limit, but more than any batch system keeps
 *       queued for one user (Slurm's default {@code MaxJobCount} is 10000).
 *   <li>{@code --tasks-per-job} 1 to 100000: a job runs its branches one after another.
 *   <li>{@code --retries} 0 to 100: a job that failed a hundred times needs a person, not a
 *       resubmission (and {@code retries + 1} attempts must not overflow).
 *   <li>{@code --print-status}, {@code --print-output}, {@code --remove-output},
 *       {@code --fetch-output}: law's forms, {@code DEPTH[,...]}, read by
 *       {@code cli.OutputForms}; DEPTH any depth from 0 (a depth beyond the graph's means the
 *       whole graph), or -1 for every depth, as in law.
 * </ul>
 */
public enum RunOption {
  WORKERS("--workers", "N", 1, 1024, 1, "[core] workers, else ",
      "Run up to N tasks at once"),
  KEEP_GOING("--keep-going",
      "After a failure, keep starting the tasks that do not depend on it (the default; [core] keep-going)."),
  STOP_ON_FAILURE("--stop-on-failure",
      "After a failure, start no further task; let the running ones finish."),
  DRY_RUN("--dry-run", "Show the tasks that would run, in order; run nothing."),
  PRINT_DEPS("--print-deps", "Show the whole dependency tree; run nothing."),
  PRINT_GRAPH("--print-graph", "FORMAT[,families]",
      "FORMAT[,families]: dot (DOT text) or svg (drawn by graphviz's dot); families for one box"
          + " per family, e.g. --print-graph svg,families",
      "Write the dependency graph as DOT text (dot) or SVG (svg, needs graphviz), one box per"
          + " task or, with ,families, per family; run nothing."),
  PRINT_STATUS("--print-status", "DEPTH[,TARGET_DEPTH]",
      "DEPTH or DEPTH,TARGET_DEPTH: " + Depth.TEXT + "; TARGET_DEPTH 1 to list each branch output"
          + " of a workflow (default 0: counts), e.g. --print-status -1 or 1,1",
      "Show tasks and outputs to DEPTH (0: this task, -1: every level), a workflow's as counts"
          + " (TARGET_DEPTH 1: each branch output too); run nothing."),
  PRINT_OUTPUT("--print-output", "DEPTH",
      "DEPTH: " + Depth.TEXT + ", e.g. --print-output -1",
      "Print the output paths of this task and its dependencies to DEPTH (-1: every level), one"
          + " per line; run nothing."),
  REMOVE_OUTPUT("--remove-output", "DEPTH[,MODE[,RUN]]",
      "DEPTH[,MODE[,RUN]]: " + Depth.TEXT + "; MODE i (list, then ask; the default), a (all,"
          + " without asking) or d (dry run: list only); RUN yes to run the task afterwards"
          + " (default no), e.g. --remove-output 1,a,yes",
      "Remove the outputs of this task and its dependencies to DEPTH (-1: every level); MODE i"
          + " asks, a does not, d only lists; RUN yes runs the task afterwards, else nothing"
          + " runs."),
  YES("--yes", "Remove outputs without asking (as MODE a)."),
  FETCH_OUTPUT("--fetch-output", "DEPTH[,MODE[,DIR]]",
      "DEPTH[,MODE[,DIR]] or DEPTH,DIR: " + Depth.TEXT + "; MODE a (all, the default), i (list,"
          + " then ask) or d (dry run: list only); DIR the directory to copy into (default: the"
          + " working directory), e.g. --fetch-output 1,a,fetched or 1,fetched",
      "Copy the outputs of this task and its dependencies to DEPTH into DIR (default: here),"
          + " at their paths in the store; never overwrites a different file; run nothing."),
  WORKFLOW("--workflow", "NAME", "local or the name of a batch backend, e.g. slurm",
      "Where a workflow's branches run: local (default) or a batch backend, e.g. local-process, slurm."),
  BRANCHES("--branches", "LIST", "branch numbers and ranges, e.g. 0:10,15",
      "Only these branches of the workflow, e.g. 0:10,15 (a:b excludes b)."),
  TASKS_PER_JOB("--tasks-per-job", "N", 1, 100_000, 1, null, "Branches per job"),
  PARALLEL_JOBS("--parallel-jobs", "N", 1, 100_000, null, "no limit; local-process: one per core",
      "At most N jobs in flight; the rest wait"),
  RETRIES("--retries", "N", 0, 100, 1, null, "Resubmit a failed job up to N times"),
  NO_SANDBOX("--no-sandbox",
      "Run every task in place, not in its sandbox (as [sandbox] enabled = false)."),
  CANCEL_JOBS("--cancel-jobs", "Cancel the jobs of the workflow's last submission; run nothing."),
  CLEANUP_JOBS("--cleanup-jobs",
      "Remove the last submission's record, job file and logs; run nothing."),
  SCHEDULER("--scheduler", "URL", "the central scheduler's address, e.g. http://127.0.0.1:8082",
      "Ask the central scheduler at URL before running each task and report to it"
          + " ([core] scheduler; docs/scheduler.md).");

  /** What DEPTH of the output options is, for their messages. */
  private static final class Depth {
    static final String TEXT =
        "DEPTH 0 for this task alone, N for N levels of what it requires, -1 for every level";
  }

  /** Help is an option of every command, handled by picocli; no parameter may be called so. */
  public static final String HELP = "--help";

  private final String option;
  private final String label;
  private final String description;
  private final boolean number;
  private final int minimum;
  private final int maximum;
  private final Integer defaultValue;
  private final String defaultNote;
  private final String expectation;

  /** A flag: no value. */
  RunOption(String option, String description) {
    this(option, null, false, 0, 0, null, null, null, description);
  }

  /** A whole number from {@code minimum} to {@code maximum}. */
  RunOption(String option, String label, int minimum, int maximum, Integer defaultValue,
      String defaultNote, String description) {
    this(option, label, true, minimum, maximum, defaultValue, defaultNote, null, description);
  }

  /** A text value, read by the option's own parser. */
  RunOption(String option, String label, String expectation, String description) {
    this(option, label, false, 0, 0, null, null, expectation, description);
  }

  private RunOption(String option, String label, boolean number, int minimum, int maximum,
      Integer defaultValue, String defaultNote, String expectation, String description) {
    this.option = option;
    this.label = label;
    this.number = number;
    this.minimum = minimum;
    this.maximum = maximum;
    this.defaultValue = defaultValue;
    this.defaultNote = defaultNote;
    this.expectation = expectation;
    this.description = description;
  }

  /** The option as typed, e.g. {@code --workers}. */
  public String option() {
    return option;
  }

  /** The value's label in help, e.g. {@code N}; empty for a flag. */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  public boolean isFlag() {
    return label == null;
  }

  /** Whether the value is a whole number within {@link #minimum()} and {@link #maximum()}. */
  public boolean isNumber() {
    return number;
  }

  public int minimum() {
    return minimum;
  }

  public int maximum() {
    return maximum;
  }

  /** The value when the option is not given (and nothing is configured), if there is one. */
  public Optional<Integer> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** Whether the option is about workflows and their jobs (help shows it for workflows only). */
  public boolean isWorkflowOption() {
    return switch (this) {
      case WORKFLOW, BRANCHES, TASKS_PER_JOB, PARALLEL_JOBS, RETRIES, CANCEL_JOBS, CLEANUP_JOBS ->
          true;
      default -> false;
    };
  }

  /** Whether {@code value} is within this number option's bounds. */
  public boolean accepts(long value) {
    return number && value >= minimum && value <= maximum;
  }

  /** What a value must be, for messages: {@code a whole number from 1 to 1024}. */
  public String expectation() {
    if (number) {
      return "a whole number from " + minimum + " to " + maximum;
    }
    return expectation != null ? expectation : "no value";
  }

  /** One paragraph of help, with the bounds and the default of a number. */
  public String help() {
    if (!number) {
      return description;
    }
    String range = maximum == Integer.MAX_VALUE ? minimum + " or more" : minimum + " to " + maximum;
    String fallback = defaultValue != null ? String.valueOf(defaultValue) : "";
    String note = defaultNote == null ? fallback : defaultNote + fallback;
    return description + " (" + label + ": " + range + (note.isEmpty() ? "" : "; default: " + note) + ").";
  }

  /** The option typed as {@code name}, if there is one. */
  public static Optional<RunOption> named(String name) {
    return Optional.ofNullable(ByName.MAP.get(name));
  }

  /** Looked up for every argument of a run: a map, made when first needed. */
  private static final class ByName {
    static final java.util.Map<String, RunOption> MAP = new java.util.HashMap<>();

    static {
      for (RunOption option : values()) {
        MAP.put(option.option, option);
      }
    }
  }

  /** Every option name of {@code run}, {@code --help} included: no parameter may be called so. */
  public static Set<String> reservedNames() {
    Set<String> names = new LinkedHashSet<>();
    for (RunOption option : values()) {
      names.add(option.option);
    }
    names.add(HELP);
    return Set.copyOf(names);
  }
}
