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
 * The place of {@link Leaf} in the task graph: identity, requirements, outputs, run.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Leaf_Node implements TaskFamily<Leaf> {
  public static final Leaf_Node INSTANCE = new Leaf_Node();

  private Leaf_Node() {
  }

  @Override
  public String name() {
    return "Leaf";
  }

  @Override
  public String description() {
    return "One leaf of the fan: no inputs, writes out/leaf{i}.txt.";
  }

  @Override
  public Class<Leaf> type() {
    return Leaf.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Leaf_Params.ALL;
  }

  @Override
  public Leaf create(ParamValues values) {
    Leaf task = new Leaf();
    task.i = values.get(Leaf_Params.I);
    task.action = values.get(Leaf_Params.ACTION);
    return task;
  }

  @Override
  public ParamValues values(Leaf task) {
    return Leaf_Params.valuesOf(task);
  }

  @Override
  public void requirements(Leaf task, Requirements sink) {
  }

  @Override
  public void outputs(Leaf task, Consumer<Target> sink) {
    sink.accept(task.output());
  }

  @Override
  public void run(Leaf task, TaskContext context) throws Exception {
    task.run();
  }
}
