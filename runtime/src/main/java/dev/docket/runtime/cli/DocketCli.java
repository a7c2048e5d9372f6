package dev.docket.runtime.cli;

import dev.docket.runtime.task.TaskIndex;

/** The command line of every analysis; the generated main class calls {@link #main}. */
public final class DocketCli {
  private DocketCli() {}

  /** Runs the command line and exits the JVM with its status (0, 1 or 2). */
  public static void main(TaskIndex index, String[] args) {
    throw new UnsupportedOperationException("not yet implemented");
  }
}
