package org.example.ttbar;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The task family of {@link Reconstruction}: how the runtime names, creates, identifies, wires
 * and runs its tasks.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Reconstruction_Family implements TaskFamily<Reconstruction> {
  public static final Reconstruction_Family INSTANCE = new Reconstruction_Family();

  private Reconstruction_Family() {
  }

  /**
   * Creates a task from command-line arguments, e.g. {@code parse("--name", "value")}.
   *
   * @throws dev.docket.runtime.BadInputException for an unknown or malformed argument
   */
  public static Reconstruction parse(String... args) {
    return TaskArgs.parse(INSTANCE, args);
  }

  /**
   * The command-line arguments that {@link #parse} turns back into {@code task}.
   */
  public static List<String> toArgs(Reconstruction task) {
    return TaskArgs.format(INSTANCE, task);
  }

  @Override
  public String name() {
    return "Reconstruction";
  }

  @Override
  public String description() {
    return "Reconstructs the selected events.";
  }

  @Override
  public Class<Reconstruction> type() {
    return Reconstruction.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Reconstruction_Params.ALL;
  }

  @Override
  public Reconstruction create(ParamValues values) {
    Reconstruction task = new Reconstruction();
    task.dataset = values.get(Reconstruction_Params.DATASET);
    task.version = values.get(Reconstruction_Params.VERSION);
    task.minJets = values.get(Reconstruction_Params.MIN_JETS);
    // @Requires fields: parameters propagate by name and type.
    task.selection = Selection_Builder.create()
        .dataset(task.dataset)
        .version(task.version)
        .build();
    return task;
  }

  @Override
  public ParamValues values(Reconstruction task) {
    return Reconstruction_Params.valuesOf(task);
  }

  @Override
  public TaskId id(Reconstruction task) {
    return Reconstruction_Params.idOf(task);
  }

  @Override
  public void requirements(Reconstruction task, Requirements sink) {
    sink.add(Selection_Family.INSTANCE, task.selection);
  }

  @Override
  public void outputs(Reconstruction task, Consumer<Target> sink) {
    sink.accept(task.output());
  }

  @Override
  public void run(Reconstruction task, TaskContext context) throws Exception {
    task.run();
  }
}
