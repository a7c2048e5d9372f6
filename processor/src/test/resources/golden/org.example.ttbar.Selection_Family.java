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
 * The task family of {@link Selection}: how the runtime names, creates, identifies, wires
 * and runs its tasks.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Selection_Family implements TaskFamily<Selection> {
  public static final Selection_Family INSTANCE = new Selection_Family();

  private Selection_Family() {
  }

  /**
   * Creates a task from command-line arguments, e.g. {@code parse("--name", "value")}.
   *
   * @throws dev.docket.runtime.BadInputException for an unknown or malformed argument
   */
  public static Selection parse(String... args) {
    return TaskArgs.parse(INSTANCE, args);
  }

  /**
   * The command-line arguments that {@link #parse} turns back into {@code task}.
   */
  public static List<String> toArgs(Selection task) {
    return TaskArgs.format(INSTANCE, task);
  }

  @Override
  public String name() {
    return "Selection";
  }

  @Override
  public String description() {
    return "Selects events of one dataset.";
  }

  @Override
  public Class<Selection> type() {
    return Selection.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Selection_Params.ALL;
  }

  @Override
  public Selection create(ParamValues values) {
    Selection task = new Selection();
    task.dataset = values.get(Selection_Params.DATASET);
    task.minJets = values.get(Selection_Params.MIN_JETS);
    task.version = values.get(Selection_Params.VERSION);
    task.channel = values.get(Selection_Params.CHANNEL);
    task.tags = values.get(Selection_Params.TAGS);
    task.timeout = values.get(Selection_Params.TIMEOUT);
    return task;
  }

  @Override
  public ParamValues values(Selection task) {
    return Selection_Params.valuesOf(task);
  }

  @Override
  public TaskId id(Selection task) {
    return Selection_Params.idOf(task);
  }

  @Override
  public void requirements(Selection task, Requirements sink) {
  }

  @Override
  public void outputs(Selection task, Consumer<Target> sink) {
    sink.accept(task.events());
  }

  @Override
  public void run(Selection task, TaskContext context) throws Exception {
    task.run();
  }
}
