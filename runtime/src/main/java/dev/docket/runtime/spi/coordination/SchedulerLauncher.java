package dev.docket.runtime.spi.coordination;

import java.io.PrintStream;
import java.util.List;

/**
 * Starts the central scheduler from an analysis's own command line ({@code ./docket scheduler
 * --port 8082}). The module that has the server ({@code backends/scheduler}) registers it for
 * {@link java.util.ServiceLoader}: the runtime only finds it, so an analysis without that module
 * carries none of the server's dependencies.
 */
public interface SchedulerLauncher {
  /**
   * Starts the scheduler with its own options ({@code --port}, {@code --host}, {@code --state},
   * {@code --token-file}, {@code --worker-timeout}, {@code --tls-*}), says where it listens on
   * {@code out} and serves until the process is stopped.
   *
   * @param errorPrefix what begins the one line said on {@code err} for a bad option or a port in
   *     use (the command line's {@code "docket: error: "})
   * @return the exit status: 0 once stopped, 2 for bad input
   */
  int run(List<String> options, PrintStream out, PrintStream err, String errorPrefix);
}
