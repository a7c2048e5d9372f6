package dev.docket.backends.scheduler;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.coordination.SchedulerLauncher;
import java.io.PrintStream;
import java.util.List;

/**
 * An analysis's {@code ./docket scheduler [OPTIONS]}: the same server and options as
 * {@link SchedulerMain}, started by the analysis's own main when this module is on its class
 * path.
 */
@AutoService(SchedulerLauncher.class)
public final class SchedulerVerb implements SchedulerLauncher {
  @Override
  public int run(List<String> options, PrintStream out, PrintStream err, String errorPrefix) {
    return SchedulerMain.run(options.toArray(String[]::new), out, err, true, errorPrefix);
  }
}
