package dev.docket.backends.sandbox.bash;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One setup script: {@link #check} captures the environment it leaves (or finds it cached), and
 * every task starts with that environment, the run's own variables on top.
 */
final class BashSandbox implements Sandbox {
  private final SandboxSpec spec;
  private final Path script;
  private final CapturedEnvironment captured;
  private volatile Map<String, String> environment;

  BashSandbox(SandboxSpec spec, Path script, CapturedEnvironment captured) {
    this.spec = spec;
    this.script = script;
    this.captured = captured;
  }

  @Override
  public SandboxSpec spec() {
    return spec;
  }

  @Override
  public void check() throws IOException {
    if (!Files.isRegularFile(script) || !Files.isReadable(script)) {
      throw new BadInputException("the sandbox " + spec + " has no setup script: " + script
          + (Files.exists(script) ? " is not a readable file" : " does not exist")
          + "; create it, or fix the path (relative paths start at the directory of docket.cfg)");
    }
    environment = captured.of(spec, script);
  }

  @Override
  public SandboxCommand command(SandboxLaunch launch) throws IOException {
    if (environment == null) {
      check();
    }
    return new SandboxCommand(launch.command(), launch.withVariables(environment));
  }
}
