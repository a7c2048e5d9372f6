package dev.docket.runtime.testing;

import dev.docket.runtime.RunSummary;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.setup.RunComponent;
import dev.docket.runtime.internal.setup.RunSetup;
import dev.docket.runtime.internal.store.StoreDirectory;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.ParamSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;

/**
 * Runs a task tree in a store of its own, inside the test's JVM, as {@code run <Task>} would:
 * plan make-style, run what is missing, dependencies first. A workflow's branches run as tasks
 * of the run, as with {@code --workflow local}.
 *
 * <pre>{@code
 * try (TaskTester tester = TaskTester.inTemporaryStore()) {
 *   tester.configure("SelectEvents", "min-jets", "5");   // like [SelectEvents] in docket.cfg
 *   tester.configureFs("out", Map.of("base", remoteDir.toUri().toString()));   // like [fs.out]
 *   FitSignalStrength fit = FitSignalStrength_Builder.create().build();
 *   TaskRun run = tester.run(fit).assertSucceeded();
 *   assertThat(fit.result().readString()).contains("mu");
 * }
 * }</pre>
 *
 * <p>The store and the configured parameter values are process-wide (they are for the command
 * line too): create the tester, then configure, then build tasks, and do not run tests that use
 * a tester in parallel in one JVM. {@link #close()} restores what was installed before and, for
 * a temporary store, deletes it.
 */
public final class TaskTester implements AutoCloseable {
  private final Path store;
  private final boolean temporary;
  private final Map<String, Map<String, String>> configured = new HashMap<>();
  private final RunSetup.Installed installed;
  private final Map<String, Map<String, String>> fileSystems = new LinkedHashMap<>();
  private RemoteStorage storage;

  private TaskTester(Path store, boolean temporary) {
    this.store = store.toAbsolutePath().normalize();
    this.temporary = temporary;
    // Any setup installs the same way; each run makes its own, printing to its own log.
    this.installed = RunSetup.install(this.store, new ConfiguredValues());
  }

  /** A tester whose store is a new temporary directory, deleted by {@link #close()}. */
  public static TaskTester inTemporaryStore() {
    try {
      return new TaskTester(Files.createTempDirectory("docket-test-store"), true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary store", e);
    }
  }

  /**
   * A tester whose store is {@code directory} (e.g. JUnit's {@code @TempDir}), created if
   * needed; kept on close.
   *
   * @throws dev.docket.runtime.BadInputException when it is a file, lies under one, or cannot be
   *     written
   */
  public static TaskTester inStore(Path directory) {
    StoreDirectory.requireWritable(directory, "give TaskTester.inStore a directory you can write");
    return new TaskTester(directory, false);
  }

  /** The directory against which relative {@code LocalFileTarget} paths resolve. */
  public Path store() {
    return store;
  }

  /**
   * Sets a parameter's value for every task of {@code family} built from now on, as the {@code
   * [family]} section of {@code docket.cfg} does. {@code param} is the field name ({@code
   * minJets}) or the command-line name ({@code min-jets}); {@code value} is command-line text.
   */
  public TaskTester configure(String family, String param, String value) {
    configured
        .computeIfAbsent(family, f -> new HashMap<>())
        .put(ParamSpec.kebabCase(param.startsWith("--") ? param.substring(2) : param), value);
    return this;
  }

  /**
   * Configures the file system {@code fs} of {@code RemoteFileTarget.of(fs, ...)} as the {@code
   * [fs.<fs>]} section of {@code docket.cfg} does, e.g. {@code Map.of("base",
   * dir.toUri().toString())} for a directory standing for the storage, or a test server's URL
   * with its keys. It is checked at once, as docket.cfg's is, and used from then on: by the
   * tasks that run, and by the test's own reads and writes of remote targets, until {@link
   * #close()}. Configuring {@code fs} again replaces its section.
   *
   * @throws dev.docket.runtime.BadInputException for a bad section (no base, a bad value, a
   *     protocol that is not on the class path), naming the key and the fix
   */
  public TaskTester configureFs(String fs, Map<String, String> section) {
    Map<String, Map<String, String>> sections = new LinkedHashMap<>(fileSystems);
    sections.put("fs." + fs, Map.copyOf(section));
    RemoteStorage next = RemoteStorage.of(
        new DocketConfig(Optional.empty(), store, OptionalInt.empty(), sections));
    closeStorage();
    fileSystems.clear();
    fileSystems.putAll(sections);
    storage = RemoteStorage.install(next);
    return this;
  }

  /** Plans {@code task} and runs what is missing on one worker. */
  public TaskRun run(Object task) {
    return run(task, 1);
  }

  /** Plans {@code task} and runs what is missing on {@code workers} threads. */
  public TaskRun run(Object task, int workers) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    RunSetup setup = RunComponent.setup(out, out);
    // Workflows run as with `run <Task>`: their branches are tasks of this run (--workflow local).
    RunSummary summary = setup.run(task, WorkflowFamilies.local(task), installed.settings(workers, false));
    return new TaskRun(setup.registry(), summary, log.toString(StandardCharsets.UTF_8));
  }

  /** Restores the store and parameter defaults of before; deletes a temporary store. */
  @Override
  public void close() {
    closeStorage();
    installed.close();
    if (temporary) {
      deleteRecursively(store);
    }
  }

  /** Puts back the storage of before {@link #configureFs}. */
  private void closeStorage() {
    if (storage != null) {
      try {
        storage.close();
      } catch (IOException e) {
        // the test is over with its outputs; a client that fails to close is not its failure
      }
      storage = null;
    }
  }

  private static void deleteRecursively(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the temporary store " + root, e);
    }
  }

  /** The values given to {@link #configure}, looked up like docket.cfg's family sections. */
  private final class ConfiguredValues implements DefaultsSource {
    @Override
    public Configured lookup(String family, ParamSpec<?> spec) {
      Map<String, String> values = configured.get(family);
      String text = values == null ? null : values.get(ParamSpec.kebabCase(spec.name()));
      return text == null
          ? null
          : new Configured(text, "TaskTester.configure(\"" + family + "\", \"" + spec.name() + "\", ...)");
    }
  }
}
