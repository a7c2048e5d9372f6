package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.WholeNumbers;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.inject.Inject;

/**
 * Finds and reads {@code docket.cfg}: the file named by {@code $DOCKET_CONFIG} (which must
 * exist), else {@code docket.cfg} in the working directory (which may be absent). Either must be
 * a readable text file; what it holds is checked line by line ({@link IniFile}), and against
 * what reads each section by {@link ConfigCheck}.
 *
 * <p>Values may refer to environment variables and to other values: {@code ${env:HOME}},
 * {@code ${core:store}} (see {@link Interpolation}).
 *
 * <p>Supported {@code [core]} keys: {@code store} (a directory; relative to the configuration
 * file's directory) and {@code workers} (a whole number within the bounds of {@code --workers}).
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
      checkFile(file, " (from $" + Environment.CONFIG_VARIABLE + ")");
    } else {
      file = workingDirectory.resolve(FILE_NAME);
      if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        return DocketConfig.empty(workingDirectory);
      }
      checkFile(file, "");
    }
    IniFile.Contents contents = IniFile.read(file);
    Map<String, Map<String, String>> sections =
        Interpolation.expand(contents.sections(), environment, file.toString());
    Map<String, String> core = sections.getOrDefault("core", Map.of());
    return new DocketConfig(
        Optional.of(file), store(file, core), workers(file, core), sections,
        written(contents), contents.lines());
  }

  /** A file that can be read, or bad input saying what it is instead. */
  private static void checkFile(Path file, String from) {
    String named = "configuration file " + file + from;
    if (Files.isDirectory(file)) {
      throw new BadInputException(from.isEmpty()
          ? named + " is a directory; " + FILE_NAME + " must be a file (or absent)"
          : named + " is a directory; name the file, e.g. " + Environment.CONFIG_VARIABLE + "="
              + file.resolve(FILE_NAME));
    }
    if (!Files.exists(file)) {
      throw new BadInputException(named + " does not exist" + (from.isEmpty()
          ? " (a symbolic link to nothing); remove it or point it at a file"
          : "; set " + Environment.CONFIG_VARIABLE + " to an existing file, or unset it to read "
              + FILE_NAME + " in the working directory"));
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(named + " is not a regular file; name a text file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(ConfigText.unreadable(file));
    }
  }

  /** The values that hold {@code ${...}} references, as written, for their origins. */
  private static Map<String, Map<String, String>> written(IniFile.Contents contents) {
    Map<String, Map<String, String>> written = new LinkedHashMap<>();
    contents.sections().forEach((section, keys) -> keys.forEach((key, raw) -> {
      if (raw.contains("$")) {
        written.computeIfAbsent(section, s -> new LinkedHashMap<>()).put(key, raw);
      }
    }));
    return written;
  }

  private static Path store(Path file, Map<String, String> core) {
    String store = core.get("store");
    if (store == null || store.isBlank()) {
      return file.getParent();
    }
    try {
      return file.getParent().resolve(store.strip()).normalize();
    } catch (InvalidPathException e) {
      throw ConfigValues.bad(store, "[core] store in " + file, "expected a directory path");
    }
  }

  private static OptionalInt workers(Path file, Map<String, String> core) {
    String workers = core.get("workers");
    if (workers == null || workers.isBlank()) {
      return OptionalInt.empty();
    }
    try { // the bounds of --workers
      long n = WholeNumbers.parseLong(workers);
      if (RunOption.WORKERS.accepts(n)) {
        return OptionalInt.of((int) n);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ConfigValues.bad(
        workers, "[core] workers in " + file, "expected " + RunOption.WORKERS.expectation());
  }
}
