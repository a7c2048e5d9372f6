package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Workflow;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Workflow support for one run: turns every generated family of a {@link Workflow} class into
 * a {@link WorkflowFamily} (the graph builder applies it to each family it meets), and keeps
 * the run's options. {@code --branches} applies to the requested task only; the other options
 * to every workflow of the graph.
 */
public final class WorkflowFamilies implements UnaryOperator<TaskFamily<?>> {
  private final WorkflowOptions options;
  private final Object root;
  private final double acceptance;
  private final RemoteRunner remote;
  private final Map<Object, WorkflowTask<?>> views = new IdentityHashMap<>();

  /**
   * @param options the run's workflow options
   * @param root the requested task (the one {@code --branches} selects from)
   * @param acceptance the fraction of branches that must be complete for a workflow to count
   * @param remote runs branches as jobs when {@code options} name a batch backend
   */
  public WorkflowFamilies(WorkflowOptions options, Object root, double acceptance, RemoteRunner remote) {
    this.options = options;
    this.root = root;
    this.acceptance = acceptance;
    this.remote = remote;
  }

  /**
   * Workflows of a run in this process, as {@code --workflow local} with no other option: every
   * branch is a task of the run and all must be complete. What the scripting API and the test
   * helper use, so that a workflow behaves there as it does on the command line.
   */
  public static WorkflowFamilies local(Object root) {
    return new WorkflowFamilies(WorkflowOptions.defaults(), root, 1.0, null);
  }

  /** Whether {@code family} is a workflow (its class implements {@link Workflow}). */
  public static boolean isWorkflow(TaskFamily<?> family) {
    return Workflow.class.isAssignableFrom(family.type())
        && WorkflowTask.branchSpec(family) != null;
  }

  /** The branch number of {@code task} of the workflow {@code family}. */
  @SuppressWarnings("unchecked")
  public static int branchOf(TaskFamily<?> family, Object task) {
    return WorkflowTask.branchOf((TaskFamily<Object>) family, task, WorkflowTask.branchSpec(family));
  }

  /** What {@link dev.docket.runtime.workflow.Workflows#branchesOf} returns. */
  public static <W extends Workflow<?>> List<W> branchesOf(W workflow) {
    TaskFamily<W> family = TaskRegistry.global().familyOf(workflow);
    ParamSpec<?> branchSpec = WorkflowTask.branchSpec(family);
    if (branchSpec == null) {
      throw new IllegalArgumentException(
          family.name() + " has no @Param int branch, so it has no branches");
    }
    WorkflowTask<W> all = new WorkflowTask<>(family, workflow, branchSpec, BranchSelection.all());
    List<W> branches = new ArrayList<>(all.branches().size());
    for (int branch : all.branches()) {
      branches.add(all.branch(branch));
    }
    return branches;
  }

  /** The requested workflow with its selected branches. */
  @SuppressWarnings("unchecked")
  public WorkflowTask<?> root(TaskFamily<?> family) {
    return view((TaskFamily<Object>) family, root, WorkflowTask.branchSpec(family));
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public TaskFamily<?> apply(TaskFamily<?> family) {
    if (family instanceof WorkflowFamily || !isWorkflow(family)) {
      return family;
    }
    return new WorkflowFamily(family, WorkflowTask.branchSpec(family), this);
  }

  WorkflowOptions options() {
    return options;
  }

  double acceptance() {
    return acceptance;
  }

  /**
   * How many of {@code branches} must be complete for {@code [job] acceptance}: the fraction,
   * rounded up, but not past a whole number by floating-point noise ({@code 0.7 * 10}).
   */
  public static int branchesNeeded(double acceptance, int branches) {
    return (int) Math.ceil(acceptance * branches - 1e-9);
  }

  RemoteRunner remote() {
    return remote;
  }

  /**
   * The workflow task with its selected branches, when {@code task} of {@code family} (as the
   * graph of this run has them) is a workflow, branch {@code -1}: what {@code --print-status}
   * needs to find its jobs.
   */
  @SuppressWarnings("unchecked")
  public Optional<WorkflowTask<?>> workflowOf(TaskFamily<?> family, Object task) {
    if (!(family instanceof WorkflowFamily) || branchOf(family, task) != Workflow.WORKFLOW) {
      return Optional.empty();
    }
    return Optional.of(view((TaskFamily<Object>) family, task, WorkflowTask.branchSpec(family)));
  }

  /** The (cached) view of a workflow task with its selected branches. */
  @SuppressWarnings("unchecked")
  synchronized <T> WorkflowTask<T> view(TaskFamily<T> family, T task, ParamSpec<?> branchSpec) {
    return (WorkflowTask<T>)
        views.computeIfAbsent(
            task,
            t ->
                new WorkflowTask<>(
                    family, task, branchSpec,
                    t == root ? options.branches() : BranchSelection.all()));
  }
}
