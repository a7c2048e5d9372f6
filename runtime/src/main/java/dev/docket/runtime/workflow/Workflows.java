package dev.docket.runtime.workflow;

import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import java.util.List;

/** What a task downstream of a {@link Workflow} uses to read the workflow's branches. */
public final class Workflows {
  private Workflows() {}

  /**
   * The branch tasks of {@code workflow}, one per key of its branch map, in key order: what a
   * task that requires a workflow reads, e.g. {@code for (Skim part :
   * Workflows.branchesOf(skim)) { ... part.skimmed() ... }}.
   *
   * @throws IllegalArgumentException when {@code workflow} is not a workflow task
   */
  public static <W extends Workflow<?>> List<W> branchesOf(W workflow) {
    return WorkflowFamilies.branchesOf(workflow);
  }
}
