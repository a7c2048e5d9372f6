package dev.docket.backends.sandbox.venv;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** One virtual environment, activated for each task's process. */
final class VenvSandbox implements Sandbox {
  private final SandboxSpec spec;
  private final Path venv;

  VenvSandbox(SandboxSpec spec, Path venv) {
    this.spec = spec;
    this.venv = venv;
  }

  @Override
  public SandboxSpec spec() {
    return spec;
  }

  /** A virtual environment is a directory with {@code pyvenv.cfg} and {@code bin/python}. */
  @Override
  public void check() {
    if (!Files.isRegularFile(venv.resolve("pyvenv.cfg"))
        || !Files.isExecutable(venv.resolve("bin").resolve("python"))) {
      throw new BadInputException("the sandbox " + spec + " has no virtual environment: " + venv
          + (Files.isDirectory(venv) ? " has no pyvenv.cfg and bin/python" : " does not exist")
          + "; create it with python3 -m venv " + venv
          + ", or fix the path (relative paths start at the directory of docket.cfg)");
    }
  }

  @Override
  public SandboxCommand command(SandboxLaunch launch) {
    Map<String, String> environment = launch.outsideEnvironment();
    String path = environment.get("PATH");
    String bin = venv.resolve("bin").toString();
    environment.put("PATH", path == null || path.isEmpty() ? bin : bin + File.pathSeparator + path);
    environment.put("VIRTUAL_ENV", venv.toString());
    environment.remove("PYTHONHOME"); // as bin/activate does: it would point python elsewhere
    return new SandboxCommand(launch.command(), launch.withVariables(environment));
  }
}
