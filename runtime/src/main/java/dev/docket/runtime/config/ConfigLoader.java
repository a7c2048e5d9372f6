package dev.docket.runtime.config;

import dev.docket.runtime.BadInputException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.inject.Inject;

/**
 * Finds and reads {@code docket.cfg}: the file named by {@code $DOCKET_CONFIG} (which must
 * exist), else {@code docket.cfg} in the working directory (which may be absent).
 *
 * <p>Supported {@code [core]} keys: {@code store} (a directory; relative to the configuration
 * file's directory) and {@code workers} (a whole number, at least 1).
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "docket.cfg";

  private final Environment environment;

  @Inject
  public ConfigLoader(Environment environment) {
    this.environment = environment;
  }

  /**
   * Reads the configuration.
   *
   * @throws BadInputException when {@code $DOCKET_CONFIG} names no file or the file is malformed
   */
  public DocketConfig load() {
    Path workingDirectory = environment.workingDirectory();
    String variable = environment.get(Environment.CONFIG_VARIABLE);
    Path file;
    if (variable != null && !variable.isBlank()) {
      try {
        file = workingDirectory.resolve(variable).normalize();
      } catch (InvalidPathException e) {
        throw new BadInputException(
            "$" + Environment.CONFIG_VARIABLE + " is not a valid path: '" + variable + "'");
      }
      if (!Files.isRegularFile(file)) {
        throw new BadInputException(
            "configuration file " + file + " (from $" + Environment.CONFIG_VARIABLE
                + ") does not exist");
      }
    } else {
      file = workingDirectory.resolve(FILE_NAME);
      if (!Files.isRegularFile(file)) {
        return DocketConfig.empty(workingDirectory);
      }
    }
    Map<String, Map<String, String>> sections = IniFile.read(file);
    Map<String, String> core = sections.getOrDefault("core", Map.of());
    return new DocketConfig(
        Optional.of(file), store(file, core), workers(file, core), sections);
  }

  private static Path store(Path file, Map<String, String> core) {
    String store = core.get("store");
    if (store == null || store.isBlank()) {
      return file.getParent();
    }
    try {
      return file.getParent().resolve(store.strip()).normalize();
    } catch (InvalidPathException e) {
      throw new BadInputException(
          "bad value '" + store + "' for [core] store in " + file + ": expected a directory path");
    }
  }

  private static OptionalInt workers(Path file, Map<String, String> core) {
    String workers = core.get("workers");
    if (workers == null || workers.isBlank()) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(workers.strip());
      if (n >= 1) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException(
        "bad value '" + workers + "' for [core] workers in " + file
            + ": expected a whole number, at least 1");
  }
}
