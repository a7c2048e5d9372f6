package dev.docket.backends.sandbox.singularity;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.ContainerMounts;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxSettingsReader;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import dev.docket.runtime.spi.sandbox.SandboxTools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@code singularity::<image>} or {@code apptainer::<image>} sandbox: each task runs through
 * {@code <program> exec} in the image (a SIF file, a directory, or a URI such as {@code
 * docker://...} that the program fetches itself). Singularity runs as the calling user already,
 * so outputs are the outside user's; Docket binds what the task needs ({@code -B
 * source:target[:ro]}) and starts it in the outside working directory ({@code --pwd}).
 */
final class SingularitySandbox implements Sandbox {
  private final SandboxSpec spec;
  private final String image;
  private final SingularitySettings settings;

  /**
   * @param image the image as the program takes it: an absolute path, or a URI as written
   */
  SingularitySandbox(SandboxSpec spec, String image, SingularitySettings settings) {
    this.spec = spec;
    this.image = image;
    this.settings = settings;
  }

  /** Whether {@code argument} names an image the program fetches ({@code docker://...}), not a file. */
  static boolean isUri(String argument) {
    return argument.contains("://");
  }

  @Override
  public SandboxSpec spec() {
    return spec;
  }

  @Override
  public void check() {
    SandboxTools.require(spec, settings.executable(), "install " + spec.kind() + ", or set ["
        + SandboxSettingsReader.section(spec.kind()) + "] executable to its path");
    if (!isUri(image) && !Files.exists(Path.of(image))) {
      throw new BadInputException("the sandbox " + spec + " cannot start: there is no image " + image
          + "; build it (" + spec.kind() + " build " + image + " <definition or docker://...>) or name"
          + " the .sif file or directory that holds it");
    }
  }

  @Override
  public SandboxCommand command(SandboxLaunch launch) {
    List<String> command = new ArrayList<>(List.of(settings.executable(), "exec"));
    for (SandboxMount mount : ContainerMounts.of(launch)) {
      command.addAll(List.of("-B", bind(mount)));
    }
    command.addAll(List.of("--pwd", launch.workingDirectory().toString()));
    command.addAll(settings.options());
    command.add(image);
    command.addAll(launch.command());
    // Through the program's own prefix as well, so that the variables pass also with --cleanenv.
    Map<String, String> environment = launch.outsideEnvironment();
    String prefix = spec.kind().toUpperCase(Locale.ROOT) + "ENV_";
    launch.variables().forEach((name, value) -> environment.put(prefix + name, value));
    return new SandboxCommand(command, environment);
  }

  private String bind(SandboxMount mount) {
    for (Path path : List.of(mount.source(), mount.target())) {
      if (path.toString().contains(":") || path.toString().contains(",")) {
        throw new BadInputException("the sandbox " + spec + " cannot bind " + path + ": " + spec.kind()
            + " takes no ':' or ',' in a bound path; move it or bind a directory above it");
      }
    }
    return mount.source() + ":" + mount.target() + (mount.writable() ? "" : ":ro");
  }
}
