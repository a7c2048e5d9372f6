package dev.docket.backends.sandbox.docker;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.sandbox.SandboxSettingsReader;
import java.util.List;

/**
 * The {@code [sandbox.docker]} or {@code [sandbox.podman]} section of {@code docket.cfg}.
 *
 * @param executable the engine's program, a name on PATH or a path ({@code executable})
 * @param globalOptions words before {@code run} and {@code kill}: where the daemon is ({@code -H
 *     unix:///...}) or how podman runs ({@code --runtime runc}) ({@code global-options})
 * @param runOptions more words for {@code run}, e.g. {@code --network none} or {@code -v
 *     /cvmfs:/cvmfs:ro} ({@code options})
 */
record ContainerSettings(String executable, List<String> globalOptions, List<String> runOptions) {
  static final List<String> KEYS = List.of("executable", "global-options", "options");

  /** Options Docket sets itself: the container must stay attached, named and owned by the user. */
  private static final List<String> OWN =
      List.of("-d", "--detach", "--name", "-u", "--user", "--rm", "-w", "--workdir", "--userns");

  ContainerSettings {
    globalOptions = List.copyOf(globalOptions);
    runOptions = List.copyOf(runOptions);
  }

  /**
   * Reads the engine's section; absent keys take the defaults.
   *
   * @throws BadInputException for a bad value, naming it and its line (unknown keys are refused
   *     by the check of the whole file, through {@link ContainerSection})
   */
  static ContainerSettings read(DocketConfig config, Engine engine) {
    SandboxSettingsReader section = new SandboxSettingsReader(config, engine.kind());
    return new ContainerSettings(
        section.executable(engine.defaultExecutable()),
        section.words("global-options", "options"),
        checkedRunOptions(section, engine, section.words("options", "options")));
  }

  private static List<String> checkedRunOptions(SandboxSettingsReader section, Engine engine, List<String> words) {
    for (String word : words) {
      String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
      if (OWN.contains(option)) {
        throw section.bad("options", String.join(" ", words), engine.kind() + " run options other"
            + " than " + option + ", which Docket sets itself (the task runs attached, as you)");
      }
    }
    return words;
  }
}
