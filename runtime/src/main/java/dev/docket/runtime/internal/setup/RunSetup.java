package dev.docket.runtime.internal.setup;

import dev.docket.runtime.RunSummary;
import dev.docket.runtime.internal.config.ConfigCheck;
import dev.docket.runtime.internal.config.ConfigDefaults;
import dev.docket.runtime.internal.config.ExecutionConfig;
import dev.docket.runtime.internal.exec.Executor;
import dev.docket.runtime.internal.exec.Reporter;
import dev.docket.runtime.internal.exec.RunSettings;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.internal.store.StoreDirectory;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.ParamDefaults;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;

/**
 * Sets up runs the same way for the command line, {@code Docket} and {@code TaskTester}: checks
 * {@code docket.cfg} and the store before anything is built, installs the process-wide state
 * that tasks built anywhere (generated builders inside {@code @Requires} methods too) read, and
 * plans and runs with one reporter for progress and summary. Made by Dagger: {@link
 * RunComponent}, or the command line's component.
 *
 * <p>The store of relative {@code LocalFileTarget} paths ({@link LocalStore}), the file systems
 * of {@code RemoteFileTarget}s ({@link RemoteStorage}) and the parameter
 * defaults ({@link ParamDefaults}) are process-wide because generated code reads them where no
 * run is at hand; {@link #install} is the one place that sets them, and closing what it
 * returns puts back what was there before. Signal handlers, process-wide too, are installed
 * here as well ({@link #watchSignals}), for the time of a run.
 */
public final class RunSetup {
  private final TaskRegistry registry;
  private final GraphBuilder graphs;
  private final Reporter reporter;
  private final Executor executor;

  @Inject
  public RunSetup(TaskRegistry registry, GraphBuilder graphs, Reporter reporter) {
    this.registry = registry;
    this.graphs = graphs;
    this.reporter = reporter;
    this.executor = new Executor(reporter, graphs); // the same reporter: progress and summary
  }

  public TaskRegistry registry() {
    return registry;
  }

  public GraphBuilder graphs() {
    return graphs;
  }

  public Reporter reporter() {
    return reporter;
  }

  public Executor executor() {
    return executor;
  }

  /**
   * Checks {@code config} against the registry's families, and its store: readable, and
   * writable too when the run {@code writes}; then installs its store and parameter defaults.
   *
   * @throws dev.docket.runtime.BadInputException for a bad file or an unusable store; nothing
   *     is installed then
   */
  public Installed install(DocketConfig config, boolean writes) {
    ExecutionConfig execution = ConfigCheck.check(config, registry.families());
    checkStore(config, writes);
    return new Installed(
        config.store(), new ConfigDefaults(config), execution, RemoteStorage.of(config));
  }

  /**
   * Checks the store of {@code config}: readable, and writable too when a run {@code writes}.
   * Once, before anything runs: a store that cannot be used is one line, not a trace per task.
   *
   * @throws dev.docket.runtime.BadInputException naming the store, what is wrong and the fix
   */
  public static void checkStore(DocketConfig config, boolean writes) {
    String fix = StoreDirectory.fix(config.file());
    if (writes) {
      StoreDirectory.requireWritable(config.store(), fix);
    } else {
      StoreDirectory.requireReadable(config.store(), fix);
    }
  }

  /**
   * Installs {@code store} and {@code defaults} without a configuration file (a tester's); the
   * execution settings are the built-in ones.
   */
  public static Installed install(Path store, DefaultsSource defaults) {
    return new Installed(store, defaults,
        ExecutionConfig.read(DocketConfig.empty(store), List.of()), RemoteStorage.none());
  }

  /**
   * Watches for Ctrl-C, SIGTERM and SIGHUP while this setup's executor runs, when the process is
   * the command line's ({@link RunSignals#enable}); closing it gives the JVM's handlers back.
   */
  public RunSignals watchSignals() {
    return RunSignals.watch(executor, reporter);
  }

  /** The graph of {@code task} as a run plans it, the families seen through {@code workflows}. */
  public TaskGraph plan(Object task, WorkflowFamilies workflows) {
    return graphs.adapting(workflows).plan(task);
  }

  /** Runs what {@code task} needs that is missing and prints the summary. */
  public RunSummary run(Object task, WorkflowFamilies workflows, RunSettings settings) {
    RunSummary summary = executor.execute(plan(task, workflows), settings);
    reporter.summary(summary);
    // Retries hide slow or flaky storage from the outcome; the end of the run says they happened.
    RemoteStorage.current().eventsLine().ifPresent(reporter::note);
    return summary;
  }

  /** The state {@link #install} put in place; {@link #close} puts back what was there before. */
  public static final class Installed implements AutoCloseable {
    private final ExecutionConfig execution;
    private final Path previousStore;
    private final DefaultsSource previousDefaults;
    private boolean closed;

    private final RemoteStorage remote;

    private Installed(Path store, DefaultsSource defaults, ExecutionConfig execution,
        RemoteStorage remote) {
      this.execution = execution;
      this.remote = RemoteStorage.install(remote);
      this.previousStore = LocalStore.root();
      this.previousDefaults = ParamDefaults.current();
      LocalStore.install(store);
      ParamDefaults.install(defaults);
    }

    /** The settings of a run with {@code workers} threads; {@code terminal} for the live line. */
    public RunSettings settings(int workers, boolean terminal) {
      return execution.settings(workers, terminal);
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        LocalStore.install(previousStore);
        ParamDefaults.install(previousDefaults);
        try {
          remote.close();
        } catch (IOException e) {
          // The run is over and its outputs are written; a client that fails to close is not
          // worth failing it for.
        }
      }
    }
  }
}
