package dev.docket.backends.sandbox.singularity;

import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.sandbox.SandboxSettingsReader;
import java.util.List;

/**
 * The {@code [sandbox.singularity]} or {@code [sandbox.apptainer]} section of {@code docket.cfg}.
 *
 * @param executable the program, a name on PATH or a path ({@code executable}); by default the
 *     kind's name
 * @param options more words for {@code exec}, e.g. {@code --cleanenv --nv} ({@code options})
 */
record SingularitySettings(String executable, List<String> options) {
  static final List<String> KEYS = List.of("executable", "options");

  SingularitySettings {
    options = List.copyOf(options);
  }

  /** Reads {@code [sandbox.<kind>]}; absent keys take the defaults. */
  static SingularitySettings read(DocketConfig config, String kind) {
    SandboxSettingsReader section = new SandboxSettingsReader(config, kind);
    return new SingularitySettings(section.executable(kind), section.words("options", "exec options"));
  }
}
