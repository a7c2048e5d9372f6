package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.internal.exec.TaskInvoker;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.internal.store.AtomicFiles;
import dev.docket.runtime.internal.store.StoreDirectory;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Runs a task whose family has a sandbox by re-launching it there ({@link Relaunch}): the
 * sandbox's command is started, its output goes into the task's log, and an exit status other
 * than 0 is the task's failure. Tasks without a sandbox, and a workflow's own task (it only
 * coordinates its branches), run in this JVM. Every sandbox a run needs is opened and checked
 * before anything runs ({@link #prepare}); one that cannot start is bad input.
 */
public final class SandboxInvoker implements TaskInvoker {
  private final DocketConfig config;
  private final FamilySandboxes families;
  private final SandboxProviders providers;
  private final Relaunch relaunch;
  private final Map<SandboxSpec, Sandbox> ready = new ConcurrentHashMap<>();

  private SandboxInvoker(DocketConfig config, FamilySandboxes families,
      SandboxProviders providers, Relaunch relaunch) {
    this.config = config;
    this.families = families;
    this.providers = providers;
    this.relaunch = relaunch;
  }

  /**
   * The invoker of a run of {@code families}: every task in place when {@code inPlace} ({@code
   * --no-sandbox}) or {@code [sandbox] enabled = false}, else each in its family's sandbox. Every
   * family's sandbox value is checked now, so that a typo is bad input even for a family that
   * this run does not reach.
   */
  public static TaskInvoker of(DocketConfig config, TaskIndex index,
      Collection<TaskFamily<?>> families, boolean inPlace, Path workingDirectory) {
    return of(config, index, families, inPlace, workingDirectory, SandboxProviders::load);
  }

  /** As above, the providers found by {@code providers} (the class path's; a test's own). */
  static TaskInvoker of(DocketConfig config, TaskIndex index, Collection<TaskFamily<?>> families,
      boolean inPlace, Path workingDirectory, Supplier<SandboxProviders> providers) {
    SandboxSettings settings = SandboxSettings.read(config);
    FamilySandboxes sandboxes = new FamilySandboxes(config);
    boolean any = false;
    for (TaskFamily<?> family : families) {
      any |= sandboxes.of(family).isPresent();
    }
    if (inPlace || !settings.enabled() || !any) {
      return TaskInvoker.IN_PROCESS;
    }
    return new SandboxInvoker(config, sandboxes, providers.get(),
        Relaunch.of(index, config, settings, workingDirectory));
  }

  @Override
  public void prepare(TaskGraph graph) {
    for (TaskNode node : graph.nodes()) {
      if (!node.complete() && node.planningError() == null) {
        spec(node).ifPresent(spec -> sandbox(spec, node.family()));
      }
    }
  }

  @Override
  public void run(TaskNode node, TaskContext context) throws Exception {
    Optional<SandboxSpec> spec = spec(node);
    if (spec.isEmpty()) {
      IN_PROCESS.run(node, context);
      return;
    }
    Sandbox sandbox = sandbox(spec.get(), node.family());
    SandboxProcess.Ending ending = SandboxProcess.run(
        sandbox.command(relaunch.launch(node.family(), node.task())),
        relaunch.workingDirectory(), context);
    if (ending.status() != 0) {
      throw new SandboxedTaskException(spec.get(), ending);
    }
  }

  private Optional<SandboxSpec> spec(TaskNode node) {
    return node.family().coordinates(node.task()) ? Optional.empty() : families.of(node.family());
  }

  /** The sandbox of {@code spec}, opened and checked the first time a task needs it. */
  private Sandbox sandbox(SandboxSpec spec, TaskFamily<?> family) {
    return ready.computeIfAbsent(spec, s -> {
      Path cache = config.store().resolve(StoreDirectory.DOCKET_DIRECTORY)
          .resolve("sandbox").resolve(s.kind());
      try {
        Sandbox sandbox = providers.of(s, families.where(family))
            .open(s, new SandboxContext(config, cache, AtomicFiles::write));
        sandbox.check();
        return sandbox;
      } catch (IOException e) {
        // Mostly the machine, not Docket: a tool that cannot run, a cache that cannot be written.
        throw new BadInputException("cannot prepare the sandbox " + s + " of " + families.where(family)
            + ": " + e.getMessage() + "; fix that, or run in place with --no-sandbox");
      }
    });
  }
}
