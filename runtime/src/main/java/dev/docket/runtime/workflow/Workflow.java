package dev.docket.runtime.workflow;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A task with a branch map: one task class that runs as many branch tasks, one per entry of
 * {@link #branchMap()} (law's workflows). The class also declares the parameter that selects
 * the branch, exactly so:
 *
 * <pre>{@code
 * @Task
 * class Skim implements Workflow<String> {
 *   @Param(defaultValue = "-1") int branch;          // -1: the workflow itself
 *   @Param String dataset;
 *
 *   public Map<Integer, String> branchMap() {        // branch number -> branch data
 *     return Branches.of(List.of("a.root", "b.root", "c.root"));
 *   }
 *
 *   @Output LocalFileTarget skimmed() {                // a branch's output
 *     return LocalFileTarget.of("skim", dataset, branch + ".csv");
 *   }
 *
 *   void run() throws Exception {                    // runs for one branch
 *     String file = branchMap().get(branch);
 *     ...
 *   }
 * }
 * }</pre>
 *
 * <p>A task with {@code branch >= 0} is an ordinary task: its {@code @Requires} and
 * {@code @Output} are the branch's. The task with {@code branch = -1} is the workflow: it
 * requires {@link #workflowRequires()} and, when its branches run locally, every branch; its
 * output is the collection of its branches' outputs; {@code run()} is never called on it. The
 * processor checks the {@code branch} parameter at compile time ({@code DocketWorkflowBranch}).
 *
 * @param <D> the branch data, e.g. an input file name
 */
public interface Workflow<D> {
  /** The name of the parameter that selects the branch. */
  String BRANCH = "branch";

  /** The value of {@link #BRANCH} that means "the workflow, not one branch". */
  int WORKFLOW = -1;

  /**
   * Branch number to branch data; called on the workflow and on every branch, so it must give
   * the same map each time (build it from parameters, not from the clock). Numbers must not be
   * negative; they need not be contiguous.
   */
  Map<Integer, D> branchMap();

  /**
   * What the workflow itself requires, apart from its branches: e.g. a task that lists the
   * input files. Default: nothing. The branches' own requirements are their {@code @Requires}.
   */
  default Collection<?> workflowRequires() {
    return List.of();
  }
}
