package dev.docket.runtime.internal.spawn;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A JVM of a user's own (no command line, no signal handler) for the tests that need one:
 * {@code program} starts {@code sleep 60} as a run's program and prints its process id, then waits
 * to be ended; {@code library} prints where JNA's native library was loaded from.
 */
public final class ForkedJvm {
  private ForkedJvm() {}

  public static void main(String[] args) throws Exception {
    if (!NativeSpawn.available()) {
      System.out.println("unavailable");
      return;
    }
    if (args[0].equals("library")) {
      System.out.println(System.getProperty("jnidispatch.path"));
      return;
    }
    int pid = NativeSpawn.start(List.of("sleep", "60"), null, Path.of("/dev/null"), Map.of());
    ProgramGroups.started(pid);
    System.out.println(pid);
    System.out.flush();
    Thread.sleep(60_000);
  }

  /** {@code java -cp <this JVM's> ForkedJvm <mode>} with {@code environment} added. */
  public static ProcessBuilder of(String mode, Map<String, String> environment) {
    ProcessBuilder builder = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), ForkedJvm.class.getName(), mode)
        .redirectError(ProcessBuilder.Redirect.INHERIT);
    builder.environment().putAll(environment);
    return builder;
  }
}
