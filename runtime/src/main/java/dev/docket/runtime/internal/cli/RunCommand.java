package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.exec.RunSettings;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.history.HistoryRecorder;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.internal.sandbox.SandboxInvoker;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.setup.RunSetup;
import dev.docket.runtime.internal.setup.RunSignals;
import dev.docket.runtime.internal.setup.SchedulerLink;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.PrintStream;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code run <Family>}: reads the configuration, installs the store and the parameter defaults
 * with {@link RunSetup} (before any task is built, so that tasks built inside {@code @Requires}
 * methods see them too), builds the requested task, then plans and runs it, or only shows or
 * cleans its graph, or draws it ({@code --print-graph}).
 */
final class RunCommand {
  private final ConfigLoader configLoader;
  private final RunSetup setup;
  private final TaskRegistry registry;
  private final GraphPrinter printer;
  private final GraphDrawing drawing;
  private final OutputRemover remover;
  private final OutputFetcher fetcher;
  private final TaskIndex index;
  private final PrintStream out;
  private final Terminal terminal;
  private final PrintStream err;
  private final Environment environment;

  @Inject
  RunCommand(
      ConfigLoader configLoader,
      RunSetup setup,
      GraphPrinter printer,
      GraphDrawing drawing,
      OutputRemover remover,
      OutputFetcher fetcher,
      TaskIndex index,
      @Named("out") PrintStream out,
      Terminal terminal,
      @Named("err") PrintStream err,
      Environment environment) {
    this.configLoader = configLoader;
    this.setup = setup;
    this.registry = setup.registry();
    this.printer = printer;
    this.drawing = drawing;
    this.remover = remover;
    this.fetcher = fetcher;
    this.index = index;
    this.out = out;
    this.terminal = terminal;
    this.err = err;
    this.environment = environment;
  }

  int run(Invocation.Run invocation) {
    DocketConfig config = configLoader.load();
    RunOptions options = invocation.options();
    try (RunSetup.Installed installed = setup.install(config, writes(options))) {
      return run(invocation, config, installed);
    }
  }

  private int run(Invocation.Run invocation, DocketConfig config, RunSetup.Installed installed) {
    RunOptions options = invocation.options();
    Object task = build(invocation.family(), invocation.params());
    // Workflows (#5): families of Workflow classes seen through the run's workflow options.
    WorkflowFamilies workflows =
        WorkflowCli.prepare(options.workflow(), registry, task, config, index,
            options.noSandbox() ? List.of(RunOption.NO_SANDBOX.option()) : List.of());
    GraphBuilder graphs = setup.graphs().adapting(workflows);
    if (options.workflow().cancelJobs() || options.workflow().cleanupJobs()) {
      try {
        out.println(WorkflowCli.jobAction(options.workflow(), workflows, invocation.family()));
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        throw new IllegalStateException("job action failed: " + e.getMessage(), e);
      }
    }
    // docket.cfg's settings, read when it was checked, with the command line's over them.
    RunSettings configured =
        installed.settings(
            options.workers().orElse(config.workers().orElse(RunOption.WORKERS.defaultValue().orElseThrow())),
            terminal.interactive());
    RunSettings settings = configured.withKeepGoing(options.keepGoing().orElse(configured.keepGoing()));
    if (!options.runsNothing()) {
      settings = settings.withInvoker(SandboxInvoker.of(config, index, registry.families(),
          options.noSandbox(), environment.workingDirectory()));
    }
    int status = 0;
    if (options.printDeps()) {
      printer.dependencies(graphs.expand(task, Integer.MAX_VALUE));
    }
    if (options.printGraph().isPresent()) {
      drawing.draw(graphs.expand(task, Integer.MAX_VALUE), options.printGraph().get());
    }
    if (options.printStatus().isPresent()) {
      OutputForms.Status form = options.printStatus().get();
      printer.status(graphs.plan(task), form.depth(), form.targetDepth(), workflows);
    }
    if (options.printOutput().isPresent()) {
      printer.outputs(graphs.expand(task, options.printOutput().getAsInt()));
    }
    if (options.fetchOutput().isPresent()) {
      OutputForms.Fetch form = options.fetchOutput().get();
      fetcher.fetch(graphs.expand(task, form.depth()), form);
    }
    if (options.removeOutput().isPresent()) {
      OutputForms.Removal form = options.removeOutput().get();
      status = remover.remove(graphs.expand(task, form.depth()), form.mode(), options.yes());
    }
    if (options.dryRun()) {
      printer.dryRun(graphs.plan(task));
    }
    if (options.runsNothing()) {
      return status;
    }
    // From here a Ctrl-C or SIGTERM stops the run in order: summary, history, 130 or 143.
    try (RunSignals signals = setup.watchSignals();
        Coordinator coordinator = SchedulerLink.open(options.scheduler(), config)) {
      // Opened on another thread while the graph is planned: the history costs the run nothing.
      HistoryRecorder history =
          HistoryRecorder.start(
              HistoryRecorder.url(config), registry.familyOf(task).id(task).toString(), err);
      RunSummary summary;
      try {
        summary = setup.run(task, workflows, settings.withCoordinator(coordinator));
      } catch (BadInputException e) {
        history.discard(); // refused before anything ran: not a run to remember
        throw e;
      }
      history.finish(summary);
      return summary.interrupted() ? signals.exitStatus() : summary.success() ? 0 : 1;
    }
  }

  /** Whether the command writes to the store: all but the dry run, status and dependencies. */
  private static boolean writes(RunOptions options) {
    return !options.runsNothing()
        || options.removeOutput().isPresent()
        || options.workflow().cancelJobs()
        || options.workflow().cleanupJobs();
  }

  private static <T> T build(TaskFamily<T> family, List<Invocation.Param> params) {
    TaskBuilder<T> builder = TaskBuilder.of(family);
    for (Invocation.Param param : params) {
      builder.setText(param.spec(), param.text());
    }
    return builder.build();
  }
}
