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
 * The place of {@link Link} in the task graph: identity, requirements, outputs, run.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class Link_Node implements TaskFamily<Link> {
  public static final Link_Node INSTANCE = new Link_Node();

  private Link_Node() {
  }

  @Override
  public String name() {
    return "Link";
  }

  @Override
  public String description() {
    return "One link of the chain: c{i} requires c{i-1}.";
  }

  @Override
  public Class<Link> type() {
    return Link.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Link_Params.ALL;
  }

  @Override
  public Link create(ParamValues values) {
    Link task = new Link();
    task.i = values.get(Link_Params.I);
    task.action = values.get(Link_Params.ACTION);
    return task;
  }

  @Override
  public ParamValues values(Link task) {
    return Link_Params.valuesOf(task);
  }

  @Override
  public void requirements(Link task, Requirements sink) {
    for (Link required : task.previous()) {
      sink.add(Link_Node.INSTANCE, required);
    }
  }

  @Override
  public void outputs(Link task, Consumer<Target> sink) {
    sink.accept(task.output());
  }

  @Override
  public void run(Link task, TaskContext context) throws Exception {
    task.run();
  }
}
