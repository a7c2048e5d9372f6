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
public record SandboxContext(DocketConfig config, Path cacheDirectory) {}
