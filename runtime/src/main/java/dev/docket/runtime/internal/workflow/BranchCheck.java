package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Workflow;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Checks the branches that a run asks for ({@code --branch N}, {@code --branches LIST}) against
 * the requested workflow's branch map, before anything runs: a branch that does not exist is
 * the user's mistake (a typo, a number from another dataset), answered with one line giving the
 * branches there are, not a failed run in the history nor a selection quietly shortened.
 */
public final class BranchCheck {
  private BranchCheck() {}

  /**
   * @param family the family of the requested task
   * @param root the requested task: a workflow ({@code branch = -1}) or one of its branches
   * @param selection {@code --branches} (only given with a workflow)
   * @throws BadInputException naming the first missing branch and the branches there are
   */
  @SuppressWarnings("unchecked")
  public static void check(TaskFamily<?> family, Object root, BranchSelection selection) {
    if (!WorkflowFamilies.isWorkflow(family)) {
      return;
    }
    SortedSet<Integer> existing;
    try {
      existing = new TreeSet<>(((Workflow<?>) root).branchMap().keySet());
    } catch (RuntimeException | LinkageError e) {
      return; // the user's branchMap() failed: planning reports it as that task's error
    }
    TaskFamily<Object> workflows = (TaskFamily<Object>) family;
    ParamSpec<?> branchSpec = WorkflowTask.branchSpec(family);
    int branch = WorkflowTask.branchOf(workflows, root, branchSpec);
    Object workflow =
        branch == Workflow.WORKFLOW
            ? root
            : WorkflowTask.withBranch(workflows, root, branchSpec, Workflow.WORKFLOW);
    String id = workflows.id(workflow).toString();
    if (branch != Workflow.WORKFLOW) {
      if (!existing.contains(branch)) {
        throw new BadInputException(missingBranch(branch, id, existing));
      }
      return;
    }
    if (existing.isEmpty()) {
      throw new BadInputException(
          id + " has no branches: its branchMap() is empty for these parameters; change the"
              + " parameters that decide its branches");
    }
    String missing = selection.firstMissing(existing, id);
    if (missing != null) {
      throw new BadInputException(
          missing + ": " + has(existing) + "; select among them with --branches (a:b includes a,"
              + " excludes b; a: runs to the last branch)");
    }
  }

  /**
   * The one message for a branch task whose number is not in its workflow's branch map, asked
   * for on the command line (checked above) or by code ({@link WorkflowFamily}).
   */
  static String missingBranch(int branch, String workflowId, SortedSet<Integer> existing) {
    return "branch " + branch + " of " + workflowId + " does not exist: " + has(existing)
        + "; give --branch one of them, or leave --branch out for the whole workflow";
  }

  /** "its branch map has branches 0 to 25", or the numbers when they have gaps. */
  static String has(SortedSet<Integer> existing) {
    if (existing.isEmpty()) {
      return "its branch map is empty";
    }
    int first = existing.first();
    int last = existing.last();
    if (first == last) {
      return "its branch map has only branch " + first;
    }
    if ((long) last - first + 1 == existing.size()) {
      return "its branch map has branches " + first + " to " + last;
    }
    return "its branch map has branches " + BranchSelection.format(existing) + " (a:b excludes b)";
  }
}
