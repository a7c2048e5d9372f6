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
 * The place of {@link Top} in the task graph: identity, requirements, outputs, run.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Top_Node implements TaskFamily<Top> {
  public static final Top_Node INSTANCE = new Top_Node();

  private Top_Node() {
  }

  @Override
  public String name() {
    return "Top";
  }

  @Override
  public String description() {
    return "The fan's target: requires the N leaves, writes out/top.txt.";
  }

  @Override
  public Class<Top> type() {
    return Top.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Top_Params.ALL;
  }

  @Override
  public Top create(ParamValues values) {
    Top task = new Top();
    task.n = values.get(Top_Params.N);
    task.action = values.get(Top_Params.ACTION);
    return task;
  }

  @Override
  public ParamValues values(Top task) {
    return Top_Params.valuesOf(task);
  }

  @Override
  public void requirements(Top task, Requirements sink) {
    for (Leaf required : task.leaves()) {
      sink.add(Leaf_Node.INSTANCE, required);
    }
  }

  @Override
  public void outputs(Top task, Consumer<Target> sink) {
    sink.accept(task.output());
  }

  @Override
  public void run(Top task, TaskContext context) throws Exception {
    task.run();
  }
}
