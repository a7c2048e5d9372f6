package dev.docket.runtime.spi.sandbox;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** The program a sandbox runs its tasks with (docker, bwrap, singularity), found before any task starts. */
public final class SandboxTools {
  private SandboxTools() {}

  /**
   * {@code program} as a shell would find it: a path as it is, a name on {@code PATH}.
   *
   * @param spec the sandbox that needs it, for the message
   * @param fix what the user does about it, e.g. {@code install it (apt-get install docker.io) or
   *     set [sandbox.docker] executable}
   * @throws BadInputException naming the sandbox, the program and {@code fix} when it is missing
   */
  public static Path require(SandboxSpec spec, String program, String fix) {
    if (program.contains("/")) {
      Path path = Path.of(program);
      if (Files.isRegularFile(path) && Files.isExecutable(path)) {
        return path;
      }
      throw new BadInputException("the sandbox " + spec + " needs " + program
          + ", which is not an executable file; " + fix);
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
      if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new BadInputException("the sandbox " + spec + " needs " + program
        + ", which is not on PATH; " + fix);
  }
}
