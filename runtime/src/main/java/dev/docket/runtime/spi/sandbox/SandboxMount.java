package dev.docket.runtime.spi.sandbox;

import java.nio.file.Path;

/**
 * A path of the outside that the task needs inside, for a sandbox with a file system of its own
 * (a container): bound at {@code target}, read-only unless {@code writable}.
 *
 * @param source an absolute path outside
 * @param target the absolute path inside; the same as {@code source} unless configured otherwise
 * @param writable whether the task writes there (the store); everything else is read-only
 */
public record SandboxMount(Path source, Path target, boolean writable) {
  public SandboxMount {
    if (!source.isAbsolute() || !target.isAbsolute()) {
      throw new IllegalArgumentException("a mount needs absolute paths: " + source + ", " + target);
    }
  }

  /** {@code path} at the same place inside. */
  public static SandboxMount same(Path path, boolean writable) {
    return new SandboxMount(path, path, writable);
  }
}
