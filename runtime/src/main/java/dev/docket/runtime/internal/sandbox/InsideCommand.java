package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.internal.config.ConfigLoader;
import dev.docket.runtime.internal.setup.RunSetup;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.PrintStream;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * The internal verb a sandbox runs: {@code __sandboxed <Family> <arguments>} runs that one
 * task's {@code run()} and nothing else. The outside run planned it, holds its output locks,
 * checks its outputs and retries it; here its log lines go to standard output, which the outside
 * copies into the task's log. Exit status 0 when {@code run()} returned, 1 when it threw (its
 * trace on standard error), 2 for bad input.
 */
public final class InsideCommand {
  /** Not a verb anyone types: hidden from help and completion. */
  public static final String VERB = "__sandboxed";

  private final ConfigLoader configLoader;
  private final RunSetup setup;
  private final PrintStream out;
  private final PrintStream err;

  @Inject
  public InsideCommand(ConfigLoader configLoader, RunSetup setup,
      @Named("out") PrintStream out, @Named("err") PrintStream err) {
    this.configLoader = configLoader;
    this.setup = setup;
    this.out = out;
    this.err = err;
  }

  /** Runs the task {@code args} name: the family, then its arguments. */
  public int run(List<String> args) {
    if (args.isEmpty()) {
      throw new BadInputException(VERB + " needs a task: it is what a sandbox runs, not a command");
    }
    DocketConfig config = configLoader.load();
    try (RunSetup.Installed installed = setup.install(config, true)) {
      return run(setup.registry(), args.get(0), args.subList(1, args.size()));
    }
  }

  @SuppressWarnings("unchecked")
  private int run(TaskRegistry registry, String name, List<String> arguments) {
    TaskFamily<Object> family = (TaskFamily<Object>)
        registry.find(name).orElseThrow(() -> registry.unknownTask(name));
    Object task = TaskArgs.parse(family, arguments.toArray(String[]::new));
    try {
      family.run(task, new Context(family.id(task), out));
      out.flush();
      return 0;
    } catch (BadInputException e) {
      throw e;
    } catch (Throwable e) { // the user's code may throw anything: the task failed
      out.flush();
      e.printStackTrace(err);
      err.flush();
      return 1;
    }
  }

  /** The task's context inside: its log is this process's standard output. */
  private record Context(TaskId id, PrintStream out) implements TaskContext {
    @Override
    public void log(String message) {
      synchronized (out) {
        out.println(message);
        out.flush();
      }
    }

    /** Status, progress and tracking URL go out on standard output, for the outside to pass on. */
    @Override
    public void setStatusMessage(String message) {
      ReportLines.status(out, message);
    }

    @Override
    public void setProgress(double fraction) {
      ReportLines.progress(out, fraction);
    }

    @Override
    public void setTrackingUrl(String url) {
      ReportLines.trackingUrl(out, url);
    }

    @Override
    public <T> T require(T task) {
      throw new UnsupportedOperationException("a task in a sandbox cannot require " + task
          + " while it runs: declare it in @Requires, or run the task in place (--no-sandbox)");
    }
  }
}
