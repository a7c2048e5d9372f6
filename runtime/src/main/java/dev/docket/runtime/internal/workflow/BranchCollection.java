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
    int complete = 0;
    long newest = UNKNOWN_TIME;
    for (int b : workflow.branches()) {
      long branchNewest = look(b, workflow::branchNewestOutput);
      if (branchNewest != MISSING) {
        complete++;
        newest = Math.max(newest, branchNewest); // UNKNOWN_TIME is below every real time
      }
    }
    return enough(complete) ? newest : MISSING;
  }

  /** Removes the parts in the store: an input outside it, made elsewhere, is never removed. */
  @Override
  public void remove() throws IOException {
    for (Target output : parts()) {
      if (!(output instanceof LocalFileTarget file) || file.insideStore()) {
        output.remove();
      }
    }
  }

  @Override
  public List<Target> parts() {
    List<Target> parts = new ArrayList<>(workflow.branches().size());
    for (int b : workflow.branches()) {
      parts.addAll(look(b, workflow::outputs));
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
      if (!look(b, workflow::branchComplete)) {
        missing.add(b);
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
    return new Status(enough(all - missing.size()), status.toString());
  }

  /** Whether {@code complete} branches make the collection exist. */
  private boolean enough(int complete) {
    int all = workflow.branches().size();
    return all > 0 && complete >= needed(all);
  }

  private int needed(int all) {
    return WorkflowFamilies.branchesNeeded(acceptance, all);
  }

  /** What the task's code says of {@code branch}'s outputs. */
  private interface BranchLook<V> {
    V at(int branch) throws Exception;
  }

  /**
   * {@code look} at {@code branch}: a failure of the task's code names the branch; an output
   * outside the store stays bad input, which the planner refuses the command with.
   */
  private <V> V look(int branch, BranchLook<V> look) {
    try {
      return look.at(branch);
    } catch (BadInputException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException("outputs of branch " + branch + " of " + workflow.id(), e);
    }
  }

  @Override
  public String describe() {
    return "the outputs of " + workflow.branches().size() + " branches ("
        + BranchSelection.format(workflow.branches()) + ")";
  }
}
