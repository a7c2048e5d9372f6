package dev.docket.backends.sandbox.singularity;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.ShellWords;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;
import java.util.Map;

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

  static String section(String kind) {
    return "sandbox." + kind;
  }

  /** Reads {@code [sandbox.<kind>]}; absent keys take the defaults. */
  static SingularitySettings read(DocketConfig config, String kind) {
    String section = section(kind);
    Map<String, String> keys = config.section(section);
    String executable = keys.getOrDefault("executable", "").strip();
    String options = keys.getOrDefault("options", "");
    try {
      return new SingularitySettings(executable.isEmpty() ? kind : executable, ShellWords.split(options));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("bad value '" + options + "' for [" + section + "] options in "
          + config.origin(section, "options") + ": expected " + kind + " exec options split like a"
          + " shell would, but " + e.getMessage());
    }
  }
}
