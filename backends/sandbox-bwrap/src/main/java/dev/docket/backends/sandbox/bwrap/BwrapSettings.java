package dev.docket.backends.sandbox.bwrap;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.ShellWords;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;
import java.util.Map;

/**
 * The {@code [sandbox.bwrap]} section of {@code docket.cfg}.
 *
 * @param executable bubblewrap's program, a name on PATH or a path ({@code executable})
 * @param options more bwrap words before the command, e.g. {@code --unshare-net} ({@code options})
 */
record BwrapSettings(String executable, List<String> options) {
  static final String SECTION = "sandbox.bwrap";
  static final List<String> KEYS = List.of("executable", "options");

  BwrapSettings {
    options = List.copyOf(options);
  }

  /** Reads {@code [sandbox.bwrap]}; absent keys take the defaults. */
  static BwrapSettings read(DocketConfig config) {
    Map<String, String> section = config.section(SECTION);
    String executable = section.getOrDefault("executable", "").strip();
    String options = section.getOrDefault("options", "");
    try {
      return new BwrapSettings(executable.isEmpty() ? "bwrap" : executable, ShellWords.split(options));
    } catch (IllegalArgumentException e) {
      throw new BadInputException("bad value '" + options + "' for [" + SECTION + "] options in "
          + config.origin(SECTION, "options") + ": expected bwrap options split like a shell would, but "
          + e.getMessage());
    }
  }
}
