package dev.docket.runtime.spi.sandbox;

import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;

/**
 * What a provider may use when it opens a sandbox.
 *
 * @param config the run's {@code docket.cfg}, for the kind's {@code [sandbox.<kind>]} section
 * @param cacheDirectory a directory of its own under the store's {@code .docket} directory ({@code
 *     .docket/sandbox/<kind>}), for what it keeps between runs (a captured environment); it may
 *     not exist yet, and the provider creates it when it writes there
 */
public record SandboxContext(DocketConfig config, Path cacheDirectory) {
  /**
   * A path a sandbox's argument names ({@code bash::setup.sh}, {@code venv::.venv}, {@code
   * bwrap::roots/el9}), absolute and normalised: a relative one is relative to the directory of
   * {@code docket.cfg} (the analysis's directory), or the working directory when there is none,
   * as {@code [core] store} is; {@code ~/} is the home directory.
   */
  public Path path(String argument) {
    String text = argument.startsWith("~/")
        ? System.getProperty("user.home") + argument.substring(1) : argument;
    Path base = config.file().map(file -> file.toAbsolutePath().getParent()).orElse(config.store());
    return base.resolve(text).toAbsolutePath().normalize();
  }
}
