package dev.docket.runtime.spi;

import java.util.ServiceLoader;

/**
 * The command line as generated code starts it: a compilation's generated {@code Main} calls
 * {@link #main} with its {@link TaskIndex}. It is here, in the SPI, so that generated code names
 * no internal package; the command line itself lives in the runtime's internals and may change
 * without notice.
 */
public final class CommandLine {
  private CommandLine() {}

  /**
   * What runs the command line. The runtime provides the one implementation, registered in its
   * {@code META-INF/services}: found that way, the SPI does not depend on the internals that
   * implement it (they depend on the SPI).
   */
  public interface Launcher {
    /** Runs the command line over the families of {@code index} and exits the JVM. */
    void main(TaskIndex index, String[] args);
  }

  /**
   * Runs the command line over the families of {@code index} (and every other index on the class
   * path) and exits the JVM with its status: 0 done, 1 a task failed, 2 bad input, 128 + the
   * signal's number when a signal interrupted a run.
   */
  public static void main(TaskIndex index, String[] args) {
    launcher().main(index, args);
  }

  static Launcher launcher() {
    // The runtime's own class loader: the launcher ships in the same jar as this class.
    return ServiceLoader.load(Launcher.class, CommandLine.class.getClassLoader())
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "the Docket runtime's command line is not registered: its jar lost"
                        + " META-INF/services/" + Launcher.class.getName()
                        + " (a jar merged without merging service files?)"));
  }
}
