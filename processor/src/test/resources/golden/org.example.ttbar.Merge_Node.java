package org.example.ttbar;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.task.ParamValues;
import dev.docket.runtime.task.Requirements;
import dev.docket.runtime.task.Scheduling;
import dev.docket.runtime.task.TaskFamily;
import dev.docket.runtime.task.TaskId;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The place of {@link Merge} in the task graph: identity, requirements, outputs, run.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Merge_Node implements TaskFamily<Merge> {
  public static final Merge_Node INSTANCE = new Merge_Node();

  private Merge_Node() {
  }

  @Override
  public String name() {
    return "ttbar.Merge";
  }

  @Override
  public String description() {
    return "Merges the reconstructed datasets.";
  }

  /**
   * Declared with {@code @Task} attributes; each key of the task's {@code [<Family>]} section
   * in docket.cfg overrides the corresponding value.
   */
  @Override
  public Scheduling scheduling() {
    return Scheduling.NONE
        .withPriority(10)
        .withRetries(2)
        .withRetryDelay(Duration.ofSeconds(30))
        .withTimeout(Duration.ofHours(2))
        .withResources(Map.of("db", 1L, "memory", 4L << 30, "cpu", 2L));
  }

  @Override
  public Class<Merge> type() {
    return Merge.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Merge_Params.ALL;
  }

  @Override
  public Merge create(ParamValues values) {
    Merge task = new Merge();
    task.datasets = values.get(Merge_Params.DATASETS);
    task.version = values.get(Merge_Params.VERSION);
    return task;
  }

  @Override
  public ParamValues values(Merge task) {
    return Merge_Params.valuesOf(task);
  }

  @Override
  public TaskId id(Merge task) {
    return Merge_Params.idOf(task);
  }

  @Override
  public void requirements(Merge task, Requirements sink) {
    for (Reconstruction required : task.inputs()) {
      sink.add(Reconstruction_Node.INSTANCE, required);
    }
  }

  @Override
  public void outputs(Merge task, Consumer<Target> sink) {
    sink.accept(task.merged());
    for (Target output : task.plots().values()) {
      sink.accept(output);
    }
  }

  @Override
  public void run(Merge task, TaskContext context) throws Exception {
    task.run(context);
  }
}
