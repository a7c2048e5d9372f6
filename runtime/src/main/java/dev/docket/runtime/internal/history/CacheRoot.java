package dev.docket.runtime.internal.history;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The user's cache directory for Docket's own files (the native libraries of SQLite and JNA):
 * {@code $XDG_CACHE_HOME/docket}, else {@code ~/.cache/docket}. A relative value is refused, not
 * taken from the working directory: a uid without a passwd entry and no {@code HOME} has
 * {@code user.home} "?", which would put the cache under {@code ./?/.cache}.
 */
public final class CacheRoot {
  private CacheRoot() {}

  /** This process's: from {@code XDG_CACHE_HOME} and {@code user.home}. */
  public static Optional<Path> ofThisUser() {
    return of(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home"));
  }

  /** {@code $XDG_CACHE_HOME/docket} ({@code xdg}), else {@code ~/.cache/docket} ({@code home}). */
  public static Optional<Path> of(String xdg, String home) {
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Optional.of(Path.of(xdg, "docket"));
    }
    if (home == null || home.isBlank() || !Path.of(home).isAbsolute()) {
      return Optional.empty();
    }
    return Optional.of(Path.of(home, ".cache", "docket"));
  }
}
