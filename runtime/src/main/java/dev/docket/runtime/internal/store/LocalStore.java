package dev.docket.runtime.internal.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The directory against which relative {@code LocalFileTarget} paths resolve: {@code [core]
 * store} of {@code docket.cfg}, by default the working directory. The command line installs it
 * before it builds any task.
 */
public final class LocalStore {
  private static volatile Path root = Path.of("").toAbsolutePath();

  private LocalStore() {}

  public static Path root() {
    return root;
  }

  public static void install(Path directory) {
    root = Objects.requireNonNull(directory).toAbsolutePath().normalize();
  }
}
