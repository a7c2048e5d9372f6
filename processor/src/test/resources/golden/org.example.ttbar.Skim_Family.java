package org.example.ttbar;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javax.annotation.processing.Generated;

/**
 * The task family of {@link Skim}: how the runtime names, creates, identifies, wires
 * and runs its tasks.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class Skim_Family implements TaskFamily<Skim> {
  public static final Skim_Family INSTANCE = new Skim_Family();

  private Skim_Family() {
  }

  /**
   * Creates a task from command-line arguments, e.g. {@code parse("--name", "value")}.
   *
   * @throws dev.docket.runtime.BadInputException for an unknown or malformed argument
   */
  public static Skim parse(String... args) {
    return TaskArgs.parse(INSTANCE, args);
  }

  /**
   * The command-line arguments that {@link #parse} turns back into {@code task}.
   */
  public static List<String> toArgs(Skim task) {
    return TaskArgs.format(INSTANCE, task);
  }

  @Override
  public String name() {
    return "Skim";
  }

  @Override
  public String description() {
    return "Skims the selected events, one branch per chunk.";
  }

  /**
   * Declared with {@code @Task} attributes; each key of the task's {@code [<Family>]} section
   * in docket.cfg overrides the corresponding value.
   */
  @Override
  public Scheduling scheduling() {
    return Scheduling.NONE
        .withTimeout(Duration.ofHours(1));
  }

  @Override
  public Class<Skim> type() {
    return Skim.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return Skim_Params.ALL;
  }

  @Override
  public Skim create(ParamValues values) {
    Skim task = new Skim();
    task.branch = values.get(Skim_Params.BRANCH);
    task.chunks = values.get(Skim_Params.CHUNKS);
    task.dataset = values.get(Skim_Params.DATASET);
    // @Requires fields: parameters propagate by name and type.
    task.selection = Selection_Builder.create()
        .dataset(task.dataset)
        .build();
    return task;
  }

  @Override
  public ParamValues values(Skim task) {
    return Skim_Params.valuesOf(task);
  }

  @Override
  public TaskId id(Skim task) {
    return Skim_Params.idOf(task);
  }

  @Override
  public void requirements(Skim task, Requirements sink) {
    sink.add(Selection_Family.INSTANCE, task.selection);
  }

  @Override
  public void outputs(Skim task, Consumer<Target> sink) {
    sink.accept(task.chunk());
  }

  @Override
  public void run(Skim task, TaskContext context) throws Exception {
    task.run();
  }
}
