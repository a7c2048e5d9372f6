package dev.docket.runtime.internal.exec;

/**
 * How this JVM starts child processes. Java 12 to 24 start every child on Linux through a helper
 * program ({@code jspawnhelper}, {@code posix_spawn}), so each process costs two program starts;
 * {@code vfork} starts the program itself, as make does. For a workflow whose tasks each run a
 * command that halves the launcher's part of the cost (about 1 ms of CPU per process here, see
 * docs/performance.md). Java 25 deprecated the {@code VFORK} mechanism (it prints a warning) and
 * later versions remove it, so it is chosen only below 25, only on Linux, and never over the
 * user's own {@code -Djdk.lang.Process.launchMechanism}.
 */
public final class ProcessLaunch {
  static final String PROPERTY = "jdk.lang.Process.launchMechanism";

  private ProcessLaunch() {}

  /**
   * Chooses {@code VFORK} where it is the cheaper choice; must run before the first child
   * process of this JVM (the JDK reads the property once). The generated main calls it.
   */
  public static void preferVfork() {
    if (choice(System.getProperty(PROPERTY), System.getProperty("os.name"), Runtime.version().feature())
        != null) {
      System.setProperty(PROPERTY, "VFORK");
    }
  }

  /** The mechanism to set, or {@code null} to leave the JDK's choice (or the user's) alone. */
  static String choice(String configured, String osName, int javaFeature) {
    boolean linux = osName != null && osName.startsWith("Linux");
    return configured == null && linux && javaFeature < 25 ? "VFORK" : null;
  }
}
