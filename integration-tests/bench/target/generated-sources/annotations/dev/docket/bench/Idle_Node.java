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
 * The place of {@link Idle} in the task graph: identity, requirements, outputs, run.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Idle_Node implements TaskFamily<Idle> {
  public static final Idle_Node INSTANCE = new Idle_Node();

  private Idle_Node() {
  }

  @Override
  public String name() {
    return "Idle";
  }

  @Override
  public String description() {
    return "A task that does nothing, for the executor's throughput: task i of a graph of n in the peer kit's shapes (fan: i &lt; n requires nothing, i = n requires all; chain: i requires i-1; tree: 10 layers, two requirements each).";
  }

  @Override
  public Class<Idle> type() {
    return Idle.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Idle_Params.ALL;
  }

  @Override
  public Idle create(ParamValues values) {
    Idle task = new Idle();
    task.shape = values.get(Idle_Params.SHAPE);
    task.n = values.get(Idle_Params.N);
    task.i = values.get(Idle_Params.I);
    return task;
  }

  @Override
  public ParamValues values(Idle task) {
    return Idle_Params.valuesOf(task);
  }

  @Override
  public void requirements(Idle task, Requirements sink) {
    for (Idle required : task.below()) {
      sink.add(Idle_Node.INSTANCE, required);
    }
  }

  @Override
  public void outputs(Idle task, Consumer<Target> sink) {
    sink.accept(task.done());
  }

  @Override
  public void run(Idle task, TaskContext context) throws Exception {
    task.run();
  }
}
