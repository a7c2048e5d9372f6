package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.batch.BatchBackends;
import dev.docket.runtime.internal.batch.JobActions;
import dev.docket.runtime.internal.batch.JobCommand;
import dev.docket.runtime.internal.batch.JobManager;
import dev.docket.runtime.internal.batch.JobSettings;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.internal.workflow.BranchCheck;
import dev.docket.runtime.internal.workflow.BranchSelection;
import dev.docket.runtime.internal.workflow.RemoteRunner;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.workflow.Workflow;
import java.util.List;

/**
 * The workflow options of {@code run} (#5; their names, bounds and help are rows of
 * {@link RunOption}): their parsing, and the per-run
 * {@link WorkflowFamilies} that the graph builder applies. Kept apart from {@link RunCommand} so
 * that workflows touch the command line in few places.
 */
final class WorkflowCli {
  private WorkflowCli() {}

  static WorkflowOptions options(MatchedOptions task) {
    WorkflowOptions defaults = WorkflowOptions.defaults();
    String branches = task.value(RunOption.BRANCHES.option());
    String workflow = task.value(RunOption.WORKFLOW.option());
    return new WorkflowOptions(
        (workflow == null ? defaults.workflow() : workflow).strip(),
        branches == null ? BranchSelection.all() : BranchSelection.parse(branches),
        RunOptions.number(task, RunOption.TASKS_PER_JOB).orElse(defaults.tasksPerJob()),
        RunOptions.number(task, RunOption.PARALLEL_JOBS),
        RunOptions.number(task, RunOption.RETRIES).orElse(defaults.retries()),
        task.has(RunOption.CANCEL_JOBS.option()),
        task.has(RunOption.CLEANUP_JOBS.option()));
  }

  /**
   * Checks the options against the requested task and returns the workflow support of this
   * run; non-default options on a task that is not a workflow are bad input. {@code jobOptions}
   * are options of {@code run} that the jobs get too ({@code --no-sandbox}).
   */
  static WorkflowFamilies prepare(WorkflowOptions options, TaskRegistry registry, Object root,
      DocketConfig config, TaskIndex index, List<String> jobOptions) {
    TaskFamily<?> family = registry.familyOf(root);
    boolean workflow =
        WorkflowFamilies.isWorkflow(family)
            && WorkflowFamilies.branchOf(family, root) == Workflow.WORKFLOW;
    boolean asked = !options.branches().isAll() || options.cancelJobs() || options.cleanupJobs();
    if (asked && !workflow) {
      throw new BadInputException(
          "--branches, --cancel-jobs and --cleanup-jobs apply to a workflow, and "
              + family.name() + (WorkflowFamilies.isWorkflow(family)
                  ? " was given --branch: leave --branch out (it is -1, the whole workflow) and select with --branches"
                  : " is not one: its class does not implement dev.docket.runtime.workflow.Workflow"));
    }
    BranchCheck.check(family, root, options.branches());
    JobSettings settings = JobSettings.read(config);
    RemoteRunner remote = null;
    if (!options.local()) {
      BatchBackend backend = BatchBackends.named(options.workflow()).configure(config);
      remote = new JobManager(backend, options, settings, JobCommand.current(index)
          .withRunOptions(jobOptions));
    }
    return new WorkflowFamilies(options, root, settings.acceptance(), remote);
  }

  /** {@code --cancel-jobs} and {@code --cleanup-jobs}: one line saying what was done. */
  static String jobAction(WorkflowOptions options, WorkflowFamilies workflows, TaskFamily<?> family)
      throws Exception {
    StringBuilder out = new StringBuilder();
    if (options.cancelJobs()) {
      out.append(JobActions.cancel(workflows.root(family)));
    }
    if (options.cleanupJobs()) {
      out.append(out.length() > 0 ? "\n" : "").append(JobActions.cleanup(workflows.root(family)));
    }
    return out.toString();
  }
}
