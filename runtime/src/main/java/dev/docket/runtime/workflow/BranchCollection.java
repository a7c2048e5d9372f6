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

  /** Existence only: branch outputs are checked one by one by their own nodes. */
  @Override
  public long lastModified() {
    return exists() ? UNKNOWN_TIME : MISSING;
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
