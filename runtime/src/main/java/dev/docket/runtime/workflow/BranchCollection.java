package dev.docket.runtime.workflow;

import dev.docket.runtime.Target;
import dev.docket.runtime.target.CompositeTarget;
import java.io.IOException;
import java.util.List;

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

  /** The number of complete branches. */
  int completeCount() {
    int complete = 0;
    for (int b : workflow.branches()) {
      try {
        if (workflow.branchComplete(b)) {
          complete++;
        }
      } catch (Exception e) {
        throw new IllegalStateException("outputs of branch " + b + " of " + workflow.id(), e);
      }
    }
    return complete;
  }

  @Override
  public boolean exists() {
    int all = workflow.branches().size();
    return all > 0 && completeCount() >= Math.ceil(acceptance * all - 1e-9);
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
      long branchNewest = branchTime(b);
      if (branchNewest != MISSING) {
        complete++;
        newest = Math.max(newest, branchNewest); // UNKNOWN_TIME is below every real time
      }
    }
    return all > 0 && complete >= Math.ceil(acceptance * all - 1e-9) ? newest : MISSING;
  }

  /** The newest output time of branch {@code b}; {@link #MISSING} unless it is complete. */
  private long branchTime(int b) {
    try {
      List<Target> outputs = workflow.outputs(b);
      if (outputs.isEmpty()) {
        return MISSING; // a branch without outputs never counts (as in branchComplete)
      }
      long newest = UNKNOWN_TIME;
      for (Target output : outputs) {
        long modified = output.lastModified();
        if (modified == MISSING) {
          return MISSING;
        }
        newest = Math.max(newest, modified);
      }
      return newest;
    } catch (Exception e) {
      throw new IllegalStateException("outputs of branch " + b + " of " + workflow.id(), e);
    }
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
