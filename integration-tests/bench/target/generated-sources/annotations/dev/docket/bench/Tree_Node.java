package dev.docket.bench;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.task.ParamSpec;
import dev.docket.runtime.task.ParamValues;
import dev.docket.runtime.task.Requirements;
import dev.docket.runtime.task.TaskFamily;
import java.util.List;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The place of {@link Tree} in the task graph: identity, requirements, outputs, run.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Tree_Node implements TaskFamily<Tree> {
  public static final Tree_Node INSTANCE = new Tree_Node();

  private Tree_Node() {
  }

  @Override
  public String name() {
    return "Tree";
  }

  @Override
  public String description() {
    return "The tree's target, like make's phony all: every task of the top layer.";
  }

  @Override
  public Class<Tree> type() {
    return Tree.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Tree_Params.ALL;
  }

  @Override
  public Tree create(ParamValues values) {
    Tree task = new Tree();
    task.n = values.get(Tree_Params.N);
    task.action = values.get(Tree_Params.ACTION);
    return task;
  }

  @Override
  public ParamValues values(Tree task) {
    return Tree_Params.valuesOf(task);
  }

  @Override
  public void requirements(Tree task, Requirements sink) {
    for (Node required : task.top()) {
      sink.add(Node_Node.INSTANCE, required);
    }
  }

  @Override
  public void outputs(Tree task, Consumer<Target> sink) {
  }

  @Override
  public void run(Tree task, TaskContext context) throws Exception {
    task.run();
  }
}
