package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.coordination.SchedulerLauncher;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code scheduler [OPTIONS]}: starts the central scheduler of docs/scheduler.md in this
 * process, when the analysis has {@code docket-backend-scheduler} on its class path. Its options
 * are the server's own and go to it untouched, so they are not parsed here.
 */
final class SchedulerCommand {
  static final String VERB = "scheduler";

  private final Supplier<Optional<SchedulerLauncher>> launcher;
  private final PrintStream out;
  private final PrintStream err;

  @Inject
  SchedulerCommand(@Named("out") PrintStream out, @Named("err") PrintStream err) {
    this(() -> ServiceLoader.load(SchedulerLauncher.class).findFirst(), out, err);
  }

  SchedulerCommand(
      Supplier<Optional<SchedulerLauncher>> launcher, PrintStream out, PrintStream err) {
    this.launcher = launcher;
    this.out = out;
    this.err = err;
  }

  int run(List<String> options) {
    SchedulerLauncher found =
        launcher.get().orElseThrow(() -> new BadInputException(
            VERB + ": the central scheduler is not on this analysis's class path: add the"
                + " dependency dev.docket:docket-backend-scheduler to its pom.xml (or start one"
                + " with scripts/docket-scheduler.sh from Docket's sources)"));
    return found.run(List.copyOf(options), out, err, DocketCli.ERROR_PREFIX);
  }
}
