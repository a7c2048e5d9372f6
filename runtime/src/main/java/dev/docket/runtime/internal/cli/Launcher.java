package dev.docket.runtime.internal.cli;

/**
 * The name the user runs the analysis by, for help and completion: a launcher script passes it
 * as the system property {@code docket.launcher} (the archetype's {@code ./docket} passes its
 * {@code $0}); a plain {@code java ... Main} is {@code docket}.
 */
final class Launcher {
  static final String PROPERTY = "docket.launcher";
  static final String DEFAULT = "docket";

  private Launcher() {}

  /** As typed, e.g. {@code ./docket}: what help shows in its examples. */
  static String invocation() {
    String name = System.getProperty(PROPERTY, "").strip();
    return name.isEmpty() || name.indexOf('\n') >= 0 ? DEFAULT : name;
  }

  /**
   * The command word a completion script registers, e.g. {@code docket} for {@code ./docket}:
   * bash and zsh look a command typed with a path up by its last part too.
   */
  static String commandName() {
    String name = invocation();
    String last = name.substring(name.lastIndexOf('/') + 1);
    return isCommandName(last) ? last : DEFAULT;
  }

  /** Whether a completion script can register {@code name}: letters, digits and {@code . _ + -}. */
  static boolean isCommandName(String name) {
    return name.matches("[A-Za-z0-9_.+-]+");
  }
}
