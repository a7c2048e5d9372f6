package dev.docket.runtime.workflow;

import dev.docket.runtime.Target;
import dev.docket.runtime.target.CompositeTarget;
import java.io.IOException;

/**
 * The output of a workflow: the outputs of its selected branches. It exists when at least the
 * acceptance fraction of the branches are complete ({@code [job] acceptance}, default 1: all).
 */
final class BranchCollection implements CompositeTarget {
  private final WorkflowTask<?> workflow;
  private final double acceptance;

  BranchCollection(WorkflowTask<?> workflow, double acceptance) {
    this.workflow = workflow;
    this.acceptance = acceptance;
  }

  @Override
  public boolean exists() {
    return lastModified() != MISSING;
  }

  /**
   * The time of the newest output of a complete branch, so that a branch run again makes the
   * tasks that require the workflow out of date, as make would; {@link #MISSING} when fewer
   * branches than the acceptance fraction are complete.
   */
  @Override
  public long lastModified() {
    int all = workflow.branches().size();
    int complete = 0;
    long newest = UNKNOWN_TIME;
    for (int b : workflow.branches()) {
      long branchNewest;
      try {
        branchNewest = workflow.branchNewestOutput(b);
      } catch (Exception e) {
        throw new IllegalStateException("outputs of branch " + b + " of " + workflow.id(), e);
      }
      if (branchNewest != MISSING) {
        complete++;
        newest = Math.max(newest, branchNewest); // UNKNOWN_TIME is below every real time
      }
    }
    return all > 0 && complete >= Math.ceil(acceptance * all - 1e-9) ? newest : MISSING;
  }

  @Override
  public void remove() throws IOException {
    for (int b : workflow.branches()) {
      try {
        for (Target output : workflow.outputs(b)) {
          output.remove();
        }
      } catch (IOException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException("outputs of branch " + b + " of " + workflow.id() + ": " + e, e);
      }
    }
  }

  @Override
  public String describe() {
    return "the outputs of " + workflow.branches().size() + " branches ("
        + BranchSelection.format(workflow.branches()) + ")";
  }
}
