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
import org.example.base.AnalysisTask;

/**
 * The task family of {@link JetSkim}: how the runtime names, creates, identifies, wires
 * and runs its tasks.
 */
@Generated(
    value = "dev.docket.processor.DocketProcessor",
    comments = "README.md#what-is-generated"
)
@SuppressWarnings({"deprecation", "removal"})
public final class JetSkim_Family implements TaskFamily<JetSkim> {
  public static final JetSkim_Family INSTANCE = new JetSkim_Family();

  private JetSkim_Family() {
  }

  /**
   * Creates a task from command-line arguments, e.g. {@code parse("--name", "value")}.
   *
   * @throws dev.docket.runtime.BadInputException for an unknown or malformed argument
   */
  public static JetSkim parse(String... args) {
    return TaskArgs.parse(INSTANCE, args);
  }

  /**
   * The command-line arguments that {@link #parse} turns back into {@code task}.
   */
  public static List<String> toArgs(JetSkim task) {
    return TaskArgs.format(INSTANCE, task);
  }

  @Override
  public String name() {
    return "JetSkim";
  }

  @Override
  public String description() {
    return "Skims jets of one dataset.";
  }

  @Override
  public Class<JetSkim> type() {
    return JetSkim.class;
  }

  @Override
  public List<ParamSpec<?>> params() {
    return JetSkim_Params.ALL;
  }

  @Override
  public JetSkim create(ParamValues values) {
    JetSkim task = new JetSkim();
    task.version = values.get(JetSkim_Params.VERSION);
    ((AnalysisTask) task).version = task.version;
    task.threads = values.get(JetSkim_Params.THREADS);
    task.dataset = values.get(JetSkim_Params.DATASET);
    return task;
  }

  @Override
  public ParamValues values(JetSkim task) {
    return JetSkim_Params.valuesOf(task);
  }

  @Override
  public TaskId id(JetSkim task) {
    return JetSkim_Params.idOf(task);
  }

  @Override
  public void requirements(JetSkim task, Requirements sink) {
  }

  @Override
  public void outputs(JetSkim task, Consumer<Target> sink) {
    sink.accept(task.log());
  }

  @Override
  public void run(JetSkim task, TaskContext context) throws Exception {
    task.run();
  }
}
