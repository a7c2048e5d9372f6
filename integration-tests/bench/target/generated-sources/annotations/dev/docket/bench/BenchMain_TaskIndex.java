package dev.docket.bench;

import dev.docket.runtime.task.TaskFamily;
import dev.docket.runtime.task.TaskIndex;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The task families of this compilation, found by {@link java.util.ServiceLoader}.
 */
@Generated("dev.docket.processor.DocketProcessor")
public final class BenchMain_TaskIndex implements TaskIndex {
  @Override
  public List<TaskFamily<?>> families() {
    return List.of(Idle_Node.INSTANCE, Leaf_Node.INSTANCE, Link_Node.INSTANCE, Node_Node.INSTANCE,
        Top_Node.INSTANCE, Tree_Node.INSTANCE);
  }
}
