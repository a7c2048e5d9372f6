package dev.docket.runtime.spi.sandbox;

import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What a provider may use when it opens a sandbox.
 *
 * @param config the run's {@code docket.cfg}, for the kind's {@code [sandbox.<kind>]} section
 * @param cacheDirectory a directory of its own under the store's {@code .docket} directory ({@code
 *     .docket/sandbox/<kind>}), for what it keeps between runs (a captured environment); it may
 *     not exist yet; {@link #write} creates it
 * @param writer the runtime's whole-file write (its temporary sibling renamed into place, the one
 *     its outputs use), passed in because the SPI may not use the runtime's internals
 */
public record SandboxContext(DocketConfig config, Path cacheDirectory, AtomicWriter writer) {
  /** Replaces a file with new content so that a reader sees the old content or all of the new. */
  @FunctionalInterface
  public interface AtomicWriter {
    void write(Path file, byte[] bytes) throws IOException;
  }

  public SandboxContext {
    Objects.requireNonNull(writer);
  }

  /**
   * Writes {@code bytes} to {@code file} (e.g. in {@link #cacheDirectory()}, its directories
   * created) so that a reader, also another run at the same time, never sees half of it: a
   * process that dies midway leaves the old content, and at most a temporary file that a later
   * run removes.
   */
  public void write(Path file, byte[] bytes) throws IOException {
    writer.write(file, bytes);
  }
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
