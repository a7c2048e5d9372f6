package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Workflow;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * A generated family of a {@link Workflow} class, as the graph sees it during one run: a branch
 * task is left as it is; the workflow task (branch {@code -1}) requires
 * {@link Workflow#workflowRequires()} and, for {@code --workflow local}, its selected branches;
 * its output is a {@link BranchCollection}; running it submits the branches as jobs, or, locally,
 * only decides which of several runs side by side counts it ({@link LocalClaim}): the branches
 * ran before it.
 */
final class WorkflowFamily<T> extends ForwardingTaskFamily<T> {
  private final TaskFamily<T> inner;
  private final ParamSpec<?> branchSpec;
  private final WorkflowFamilies run;

  WorkflowFamily(TaskFamily<T> inner, ParamSpec<?> branchSpec, WorkflowFamilies run) {
    super(inner);
    this.inner = inner;
    this.branchSpec = branchSpec;
    this.run = run;
  }

  private boolean isWorkflow(T task) {
    return (Integer) inner.values(task).get(branchSpec.index()) == Workflow.WORKFLOW;
  }

  /** The workflow itself ({@code branch = -1}) coordinates; its branches do the work. */
  @Override
  public boolean coordinates(T task) {
    return isWorkflow(task);
  }

  @Override
  public void requirements(T task, Requirements sink) throws Exception {
    if (!isWorkflow(task)) {
      checkBranch(task);
      inner.requirements(task, sink);
      return;
    }
    for (Object required : ((Workflow<?>) task).workflowRequires()) {
      sink.add(required);
    }
    if (run.options().local()) {
      WorkflowTask<T> workflow = run.view(inner, task, branchSpec);
      for (int b : workflow.branches()) {
        sink.add(inner, workflow.branch(b));
      }
    }
  }

  @Override
  public void outputs(T task, Consumer<Target> sink) throws Exception {
    if (!isWorkflow(task)) {
      checkBranch(task);
      inner.outputs(task, sink);
      return;
    }
    sink.accept(new BranchCollection(run.view(inner, task, branchSpec), run.acceptance()));
  }

  @Override
  public void run(T task, TaskContext context) throws Exception {
    if (!isWorkflow(task)) {
      inner.run(task, context);
    } else if (!run.options().local()) {
      run.remote().run(run.view(inner, task, branchSpec), context);
    } else {
      WorkflowTask<T> workflow = run.view(inner, task, branchSpec);
      if (!LocalClaim.claim(workflow, new BranchCollection(workflow, run.acceptance())::lastModified)) {
        context.completedElsewhere(); // a run beside this one finished the same branches first
      }
    }
  }

  /**
   * A branch task that code asked for (a requirement, a test, a script): the command line's own
   * request was checked before planning ({@link BranchCheck}), with the same words. Here it is
   * the task's failure, not bad input.
   */
  private void checkBranch(T task) {
    int branch = (Integer) inner.values(task).get(branchSpec.index());
    if (!((Workflow<?>) task).branchMap().containsKey(branch)) {
      T workflow = WorkflowTask.withBranch(inner, task, branchSpec, Workflow.WORKFLOW);
      throw new IllegalArgumentException(BranchCheck.missingBranch(branch,
          inner.id(workflow).toString(), new TreeSet<>(((Workflow<?>) task).branchMap().keySet())));
    }
  }
}
