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
 * The place of {@link Node} in the task graph: identity, requirements, outputs, run.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Node_Node implements TaskFamily<Node> {
  public static final Node_Node INSTANCE = new Node_Node();

  private Node_Node() {
  }

  @Override
  public String name() {
    return "Node";
  }

  @Override
  public String description() {
    return "Task n{l}_{j} of the tree: 10 layers of width N/10 (the first N mod 10 layers one wider); a task above layer 0 requires tasks j mod W' and (j+1) mod W' of the layer below.";
  }

  @Override
  public Class<Node> type() {
    return Node.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Node_Params.ALL;
  }

  @Override
  public Node create(ParamValues values) {
    Node task = new Node();
    task.n = values.get(Node_Params.N);
    task.l = values.get(Node_Params.L);
    task.j = values.get(Node_Params.J);
    task.action = values.get(Node_Params.ACTION);
    return task;
  }

  @Override
  public ParamValues values(Node task) {
    return Node_Params.valuesOf(task);
  }

  @Override
  public void requirements(Node task, Requirements sink) {
    for (Node required : task.below()) {
      sink.add(Node_Node.INSTANCE, required);
    }
  }

  @Override
  public void outputs(Node task, Consumer<Target> sink) {
    sink.accept(task.output());
  }

  @Override
  public void run(Node task, TaskContext context) throws Exception {
    task.run();
  }
}
