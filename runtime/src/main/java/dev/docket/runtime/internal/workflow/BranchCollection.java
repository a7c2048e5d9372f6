package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.store.CompositeTarget;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The output of a workflow: the outputs of its selected branches. It exists when at least the
 * acceptance fraction of the branches are complete ({@code [job] acceptance}, default 1: all).
 */
final class BranchCollection implements CompositeTarget {
  /** Enough of the missing branch numbers to see where they are; the line stays readable. */
  private static final int MISSING_WIDTH = 60;

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
      } catch (BadInputException e) {
        throw e; // a branch's output outside the store: the planner refuses the command
      } catch (Exception e) {
        throw new IllegalStateException("outputs of branch " + b + " of " + workflow.id(), e);
      }
      if (branchNewest != MISSING) {
        complete++;
        newest = Math.max(newest, branchNewest); // UNKNOWN_TIME is below every real time
      }
    }
    return all > 0 && complete >= needed(all) ? newest : MISSING;
  }

  @Override
  public void remove() throws IOException {
    for (int b : workflow.branches()) {
      try {
        for (Target output : workflow.outputs(b)) {
          if (!(output instanceof LocalFileTarget file) || file.insideStore()) {
            output.remove(); // an input outside the store, made elsewhere, is never removed
          }
        }
      } catch (IOException | BadInputException e) {
        throw e;
      } catch (Exception e) {
        throw new IOException("outputs of branch " + b + " of " + workflow.id() + ": " + e, e);
      }
    }
  }

  @Override
  public List<Target> parts() {
    List<Target> parts = new ArrayList<>(workflow.branches().size());
    for (int b : workflow.branches()) {
      try {
        parts.addAll(workflow.outputs(b));
      } catch (BadInputException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("outputs of branch " + b + " of " + workflow.id(), e);
      }
    }
    return parts;
  }

  /**
   * {@code 5/26 branches complete (missing 5:26)}, and with an acceptance below 1 how many are
   * needed: what a user of {@code --print-status} wants to know of a workflow, instead of one
   * output that is missing until the last branch is done. Each branch is looked at once.
   */
  @Override
  public Status status() {
    SortedSet<Integer> missing = new TreeSet<>();
    for (int b : workflow.branches()) {
      try {
        if (!workflow.branchComplete(b)) {
          missing.add(b);
        }
      } catch (BadInputException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("outputs of branch " + b + " of " + workflow.id(), e);
      }
    }
    int all = workflow.branches().size();
    StringBuilder status =
        new StringBuilder().append(all - missing.size()).append('/').append(all)
            .append(all == 1 ? " branch" : " branches").append(" complete");
    if (!missing.isEmpty()) {
      String numbers = BranchSelection.format(missing);
      status.append(" (missing ")
          .append(numbers.length() <= MISSING_WIDTH ? numbers : numbers.substring(0, MISSING_WIDTH) + "...")
          .append(')');
    }
    if (acceptance < 1) {
      status.append(", ").append(needed(all)).append(" needed ([job] acceptance ").append(acceptance).append(')');
    }
    boolean exists = all > 0 && all - missing.size() >= needed(all);
    return new Status(exists, status.toString());
  }

  private int needed(int all) {
    return WorkflowFamilies.branchesNeeded(acceptance, all);
  }

  @Override
  public String describe() {
    return "the outputs of " + workflow.branches().size() + " branches ("
        + BranchSelection.format(workflow.branches()) + ")";
  }
}
