package dev.docket.runtime.spi.sandbox;

import java.util.List;
import java.util.Map;

/**
 * What the run starts for one task in a sandbox.
 *
 * @param command the program and its arguments, e.g. {@code docker run ... <image> java ...};
 *     started as a list, never through a shell
 * @param environment the complete environment of that process (nothing else is inherited);
 *     {@link SandboxLaunch#outsideEnvironment()} when the sandbox adds nothing outside
 * @param stop a command that stops what {@code command} started when killing its process is not
 *     enough (e.g. {@code docker kill <name>} for a container whose client was killed), run once
 *     on a timeout or an interrupt before the process is destroyed; empty: destroying the process
 *     is enough
 */
public record SandboxCommand(
    List<String> command, Map<String, String> environment, List<String> stop) {
  public SandboxCommand {
    command = List.copyOf(command);
    environment = Map.copyOf(environment);
    stop = List.copyOf(stop);
    if (command.isEmpty()) {
      throw new IllegalArgumentException("a sandbox command needs a program");
    }
  }

  /** A command that stops with its process. */
  public SandboxCommand(List<String> command, Map<String, String> environment) {
    this(command, environment, List.of());
  }
}
