package dev.docket.runtime.script;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.internal.setup.RunComponent;
import dev.docket.runtime.internal.setup.RunSetup;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An analysis, used from plain Java: the scripting counterpart of the command line.
 *
 * <pre>{@code
 * Docket docket = Docket.open(Path.of("/work/ttbar"));      // reads /work/ttbar/docket.cfg
 * Object selection = docket.task("Selection", "--dataset", "ttbar");
 * docket.isComplete(selection);                               // false
 * docket.status(selection).forEach(System.out::println);     // [ ] Selection(...) ...
 * docket.run(selection).success();                            // true
 * docket.outputs(selection);                                  // [LocalFileTarget ...]
 * }</pre>
 *
 * <p>Tasks can also be built with the generated builders ({@code Selection_Builder.create()
 * .dataset("ttbar").build()}) where the task classes are accessible. Opening a {@code Docket}
 * does what the command line does before it builds a task: it reads the configuration and
 * installs, for the whole process, the store of relative {@code LocalFileTarget} paths and the
 * parameter defaults of the {@code [Family]} sections; a bad file (an unknown section or
 * key, a bad value) is a {@link BadInputException}, and so is a store that is a file (or lies
 * under one); {@code run} also needs it writable. A parameter value that would lead an output
 * out of the store is a {@code BadInputException} from every method that plans. The task
 * families are those registered with
 * {@link java.util.ServiceLoader} on the class path. A run applies the settings of {@code
 * docket.cfg} ({@code [core] keep-going}, the {@code [<Family>]} scheduling keys, {@code
 * [resources]}) as the command line does.
 *
 * <p>{@link #close()} puts back the store and parameter defaults of before; a {@code Docket}
 * that is never closed leaves its own installed, as the command line does.
 */
public final class Docket implements AutoCloseable {
  private final DocketConfig config;
  private final RunSetup setup;
  private final TaskRegistry registry;
  private final RunSetup.Installed installed;
  private boolean storeWritable;

  private Docket(DocketConfig config, PrintStream out, PrintStream err) {
    this.config = config;
    this.setup = RunComponent.setup(out, err);
    this.registry = setup.registry();
    this.installed = setup.install(config, false);
  }

  /** Like the command line: {@code $DOCKET_CONFIG}, else {@code docket.cfg} in the working directory. */
  public static Docket open() {
    return open(Environment.ofProcess(), System.out, System.err);
  }

  /** With {@code directory} as the working directory: its {@code docket.cfg}, if any. */
  public static Docket open(Path directory) {
    return open(new Environment(Map.of(), directory), System.out, System.err);
  }

  /**
   * With {@code directory} as the working directory and {@code variables} as the environment
   * variables (what {@code $DOCKET_CONFIG} and {@code ${env:NAME}} read); progress and the run
   * summary go to {@code out} and {@code err}.
   */
  public static Docket open(
      Path directory, Map<String, String> variables, PrintStream out, PrintStream err) {
    return open(new Environment(variables, directory), out, err);
  }

  private static Docket open(Environment environment, PrintStream out, PrintStream err) {
    return new Docket(new ConfigLoader(environment).load(), out, err);
  }

  /** The names of the task families, sorted. */
  public List<String> families() {
    return registry.families().stream().map(TaskFamily::name).toList();
  }

  /**
   * Builds a task of {@code family} from command-line style arguments, e.g.
   * {@code task("Selection", "--dataset", "ttbar")}.
   *
   * @throws BadInputException for an unknown family or parameter, or a malformed value
   */
  public Object task(String family, String... args) {
    TaskFamily<?> found = registry.find(family).orElseThrow(() -> registry.unknownTask(family));
    return TaskArgs.apply(TaskBuilder.of(found), List.of(args)).build();
  }

  /** Whether {@code task} is complete: what {@code run} would leave alone. */
  public boolean isComplete(Object task) {
    return plan(task).root().complete();
  }

  /** The outputs of {@code task}, in the order its {@code @Output} methods give them. */
  public List<Target> outputs(Object task) {
    List<Target> outputs = new ArrayList<>();
    try {
      registry.familyOf(task).outputs(task, outputs::add);
    } catch (Exception e) {
      throw new IllegalStateException("the @Output methods of " + registry.familyOf(task).id(task)
          + " failed: " + e, e);
    }
    return outputs;
  }

  /** {@code task} and everything it requires, dependencies after their dependants. */
  public List<TaskStatus> status(Object task) {
    List<TaskStatus> status = new ArrayList<>();
    for (TaskNode node : plan(task).nodes()) {
      status.add(new TaskStatus(node.id(), node.depth(), node.complete(),
          node.outputs().stream().map(Target::describe).toList()));
    }
    status.sort(java.util.Comparator.comparingInt(TaskStatus::depth));
    return status;
  }

  /** Runs what {@code task} needs that is missing, with one worker. */
  public RunSummary run(Object task) {
    return run(task, 1);
  }

  /**
   * Runs what {@code task} needs that is missing, with up to {@code workers} tasks at once, and
   * prints the summary as the command line does. A failing task does not throw: see
   * {@link RunSummary#success()} and {@link RunSummary#failures()}.
   */
  public RunSummary run(Object task, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, not " + workers);
    }
    if (!storeWritable) { // opened for reading: the first run checks that it can write
      RunSetup.checkStore(config, true);
      storeWritable = true;
    }
    return setup.run(task, WorkflowFamilies.local(task), installed.settings(workers, false));
  }

  /** Puts back the store and parameter defaults that were installed before this opened. */
  @Override
  public void close() {
    installed.close();
  }

  /** The graph of {@code task} as {@code run} plans it, workflows' branches included. */
  private TaskGraph plan(Object task) {
    return setup.plan(task, WorkflowFamilies.local(task));
  }
}
