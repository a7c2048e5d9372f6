package dev.docket.runtime.spi.sandbox;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The re-launch of one task, as the run would start it without a sandbox: {@code java} of the
 * outside JDK with the analysis's class path, the generated main and its internal verb that runs
 * the task's {@code run()} alone (no planning, no locks: the outside holds them). A sandbox
 * without a file system of its own (bash, venv) runs {@code command} as it is, in another
 * environment; a container binds {@link #mounts()} and runs it inside.
 *
 * @param command the java command line, absolute paths only (so that it means the same inside a
 *     container that binds {@link #mounts()} at the same paths)
 * @param variables the variables the task needs inside, on top of whatever the sandbox's own
 *     environment holds (e.g. {@code DOCKET_CONFIG}); a container passes each explicitly
 * @param workingDirectory the directory to start in (absolute): the outside run's
 * @param javaHome the JDK {@code command} starts ({@code command.get(0)} is its {@code bin/java})
 * @param classPath the jars and class directories of the analysis, in order, absolute
 * @param store the store root, where outputs are written (atomically: a temporary file and a
 *     rename in the same directory, so a killed sandbox leaves nothing that looks complete)
 * @param mounts every path the task needs inside: the JDK, the class path and the configuration
 *     read-only, the store writable, then the configured extra volumes ({@code [sandbox] volumes})
 */
public record SandboxLaunch(
    List<String> command,
    Map<String, String> variables,
    Path workingDirectory,
    Path javaHome,
    List<Path> classPath,
    Path store,
    List<SandboxMount> mounts) {
  public SandboxLaunch {
    command = List.copyOf(command);
    variables = Map.copyOf(variables);
    classPath = List.copyOf(classPath);
    mounts = List.copyOf(mounts);
  }

  /** This process's environment with {@link #variables()} on top. */
  public Map<String, String> outsideEnvironment() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(variables);
    return environment;
  }

  /** {@code environment} (a sandbox's own, e.g. captured from a setup) with {@link #variables()} on top. */
  public Map<String, String> withVariables(Map<String, String> environment) {
    Map<String, String> merged = new HashMap<>(environment);
    merged.putAll(variables);
    return merged;
  }
}
