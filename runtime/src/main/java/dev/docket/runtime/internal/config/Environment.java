package dev.docket.runtime.internal.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the command line reads from its process: environment variables and the working
 * directory. A value, so that tests can point the command line elsewhere without touching the
 * JVM's own.
 *
 * @param variables the environment, e.g. {@code DOCKET_CONFIG}
 * @param workingDirectory an absolute directory
 */
public record Environment(Map<String, String> variables, Path workingDirectory) {
  public static final String CONFIG_VARIABLE = "DOCKET_CONFIG";

  public Environment {
    variables = Map.copyOf(variables);
    workingDirectory = workingDirectory.toAbsolutePath().normalize();
  }

  /** The environment of this process. */
  public static Environment ofProcess() {
    return new Environment(System.getenv(), Path.of(""));
  }

  /** A variable, or {@code null}. */
  public String get(String name) {
    return variables.get(name);
  }
}
