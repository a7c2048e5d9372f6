package dev.docket.runtime.spi;

import dev.docket.runtime.internal.cli.DocketCli;

/**
 * The command line as generated code starts it: a compilation's generated {@code Main} calls
 * {@link #main} with its {@link TaskIndex}. It is here, in the SPI, so that generated code names
 * no internal package; the command line itself lives in {@code internal.cli} and may change
 * without notice.
 */
public final class CommandLine {
  private CommandLine() {}

  /**
   * Runs the command line over the families of {@code index} (and every other index on the class
   * path) and exits the JVM with its status: 0 done, 1 a task failed, 2 bad input, 128 + the
   * signal's number when a signal interrupted a run.
   */
  public static void main(TaskIndex index, String[] args) {
    DocketCli.main(index, args);
  }
}
