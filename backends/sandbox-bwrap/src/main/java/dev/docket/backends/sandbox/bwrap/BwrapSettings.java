package dev.docket.backends.sandbox.bwrap;

import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.sandbox.SandboxSettingsReader;
import java.util.List;

/**
 * The {@code [sandbox.bwrap]} section of {@code docket.cfg}.
 *
 * @param executable bubblewrap's program, a name on PATH or a path ({@code executable})
 * @param options more bwrap words before the command, e.g. {@code --unshare-net} ({@code options})
 */
record BwrapSettings(String executable, List<String> options) {
  static final String KIND = "bwrap";
  static final List<String> KEYS = List.of("executable", "options");

  BwrapSettings {
    options = List.copyOf(options);
  }

  /** Reads {@code [sandbox.bwrap]}; absent keys take the defaults. */
  static BwrapSettings read(DocketConfig config) {
    SandboxSettingsReader section = new SandboxSettingsReader(config, KIND);
    return new BwrapSettings(section.executable("bwrap"), section.words("options", "options"));
  }
}
