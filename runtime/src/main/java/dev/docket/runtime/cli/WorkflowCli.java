package dev.docket.runtime.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.batch.BatchBackend;
import dev.docket.runtime.batch.BatchBackends;
import dev.docket.runtime.batch.JobCommand;
import dev.docket.runtime.batch.JobManager;
import dev.docket.runtime.batch.JobSettings;
import dev.docket.runtime.config.DocketConfig;
import dev.docket.runtime.task.TaskFamily;
import dev.docket.runtime.task.TaskIndex;
import dev.docket.runtime.task.TaskRegistry;
import dev.docket.runtime.workflow.BranchSelection;
import dev.docket.runtime.workflow.RemoteRunner;
import dev.docket.runtime.workflow.Workflow;
import dev.docket.runtime.workflow.WorkflowOptions;
import dev.docket.runtime.workflow.Workflows;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The workflow options of {@code run} (#5): their help, their parsing, and the per-run
 * {@link Workflows} that the graph builder applies. Kept apart from {@link RunCommand} so that
 * workflows touch the command line in few places.
 */
final class WorkflowCli {
  static final String WORKFLOW = "--workflow";
  static final String BRANCHES = "--branches";
  static final String TASKS_PER_JOB = "--tasks-per-job";
  static final String PARALLEL_JOBS = "--parallel-jobs";
  static final String RETRIES = "--retries";
  static final String CANCEL_JOBS = "--cancel-jobs";
  static final String CLEANUP_JOBS = "--cleanup-jobs";

  static final Map<String, String[]> OPTIONS = new LinkedHashMap<>();

  static {
    OPTIONS.put(WORKFLOW, new String[] {"NAME", "Where a workflow's branches run: local (default) or a batch backend, e.g. local-process, slurm."});
    OPTIONS.put(BRANCHES, new String[] {"LIST", "Only these branches of the workflow, e.g. 0:10,15 (a:b excludes b)."});
    OPTIONS.put(TASKS_PER_JOB, new String[] {"N", "Branches per job (default 1)."});
    OPTIONS.put(PARALLEL_JOBS, new String[] {"N", "At most N jobs in flight; the rest wait (default: no limit)."});
    OPTIONS.put(RETRIES, new String[] {"N", "Resubmit a failed job up to N times (default 1)."});
    OPTIONS.put(CANCEL_JOBS, new String[] {null, "Cancel the jobs of the workflow's last submission; run nothing."});
    OPTIONS.put(CLEANUP_JOBS, new String[] {null, "Remove the last submission's record, job file and logs; run nothing."});
  }

  private WorkflowCli() {}

  /** What a missing value of one of these options should be, for the error message. */
  static String expectation(String option) {
    return switch (option) {
      case WORKFLOW -> "local or the name of a batch backend, e.g. slurm";
      case BRANCHES -> "branch numbers and ranges, e.g. 0:10,15";
      default -> "a whole number";
    };
  }

  static WorkflowOptions options(MatchedOptions task) {
    WorkflowOptions defaults = WorkflowOptions.defaults();
    String branches = task.value(BRANCHES);
    String workflow = task.value(WORKFLOW);
    return new WorkflowOptions(
        (workflow == null ? defaults.workflow() : workflow).strip(),
        branches == null ? BranchSelection.all() : BranchSelection.parse(branches),
        RunOptions.number(task, TASKS_PER_JOB, 1).orElse(defaults.tasksPerJob()),
        RunOptions.number(task, PARALLEL_JOBS, 1),
        RunOptions.number(task, RETRIES, 0).orElse(defaults.retries()),
        task.has(CANCEL_JOBS),
        task.has(CLEANUP_JOBS));
  }

  /**
   * Checks the options against the requested task and returns the workflow support of this
   * run; non-default options on a task that is not a workflow are bad input.
   */
  static Workflows prepare(
      WorkflowOptions options, TaskRegistry registry, Object root, DocketConfig config, TaskIndex index) {
    TaskFamily<?> family = registry.familyOf(root);
    boolean workflow =
        Workflows.isWorkflow(family) && Workflows.branchOf(family, root) == Workflow.WORKFLOW;
    boolean asked = !options.branches().isAll() || options.cancelJobs() || options.cleanupJobs();
    if (asked && !workflow) {
      throw new BadInputException(
          "--branches, --cancel-jobs and --cleanup-jobs apply to a workflow, and "
              + family.name() + (Workflows.isWorkflow(family)
                  ? " was given --branch: leave --branch out (it is -1, the whole workflow) and select with --branches"
                  : " is not one: its class does not implement dev.docket.runtime.workflow.Workflow"));
    }
    JobSettings settings = JobSettings.read(config);
    RemoteRunner remote = null;
    if (!options.local()) {
      BatchBackend backend = BatchBackends.named(options.workflow()).configure(config);
      remote = new JobManager(backend, options, settings, JobCommand.current(index));
    }
    return new Workflows(options, root, settings.acceptance(), remote);
  }

  /** {@code --cancel-jobs} and {@code --cleanup-jobs}: one line saying what was done. */
  static String jobAction(WorkflowOptions options, Workflows workflows, TaskFamily<?> family)
      throws Exception {
    StringBuilder out = new StringBuilder();
    if (options.cancelJobs()) {
      out.append(JobManager.cancel(workflows.root(family)));
    }
    if (options.cleanupJobs()) {
      out.append(out.length() > 0 ? "\n" : "").append(JobManager.cleanup(workflows.root(family)));
    }
    return out.toString();
  }
}
