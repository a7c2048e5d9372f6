package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.internal.options.RunOption;
import java.util.OptionalInt;

/**
 * The run options of workflows, as given (their bounds and defaults: {@link RunOption}).
 *
 * @param workflow {@code --workflow}: {@code local} (branches run in this process's workers) or
 *     the name of a batch backend, e.g. {@code local-process} or {@code slurm}
 * @param branches {@code --branches}: the branches of the requested workflow to run
 * @param tasksPerJob {@code --tasks-per-job}: branches per job (default 1)
 * @param parallelJobs {@code --parallel-jobs}: jobs in flight at once, if limited
 * @param retries {@code --retries}: resubmissions of a failed job (default 1)
 * @param cancelJobs {@code --cancel-jobs}: cancel the jobs of the last submission and stop
 * @param cleanupJobs {@code --cleanup-jobs}: remove the last submission's record, job file and
 *     logs and stop
 */
public record WorkflowOptions(
    String workflow,
    BranchSelection branches,
    int tasksPerJob,
    OptionalInt parallelJobs,
    int retries,
    boolean cancelJobs,
    boolean cleanupJobs) {

  public static final String LOCAL = "local";

  /**
   * The system property that a job's command sets ({@code -Ddocket.job=true}): the run is one
   * job of a submission, whose client counts the workflow.
   */
  public static final String JOB_PROPERTY = "docket.job";

  public static WorkflowOptions defaults() {
    return new WorkflowOptions(
        LOCAL, BranchSelection.all(), RunOption.TASKS_PER_JOB.defaultValue().orElseThrow(),
        OptionalInt.empty(), RunOption.RETRIES.defaultValue().orElseThrow(), false, false);
  }

  public boolean local() {
    return workflow.equals(LOCAL);
  }
}
