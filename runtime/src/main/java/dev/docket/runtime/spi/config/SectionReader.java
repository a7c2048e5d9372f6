package dev.docket.runtime.spi.config;

import dev.docket.runtime.BadInputException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One section of {@code docket.cfg} as a backend's settings read it: keys it does not have are
 * refused (a typo must not silently drop a setting), values are stripped and a blank one is not
 * set, a value is checked against its syntax, a path is relative to {@code docket.cfg}'s
 * directory, and a bad value is one message naming the value, the key, where it is written and
 * what was expected. The batch backends' {@code [slurm]}, {@code [htcondor]}, {@code [lsf]},
 * {@code [pbs]} and {@code [arc]} readers share it.
 */
public final class SectionReader {
  private final DocketConfig config;
  private final String section;

  /** {@code [section]} of {@code config}; an absent section has no values. */
  public SectionReader(DocketConfig config, String section) {
    this.config = config;
    this.section = section;
  }

  /**
   * Refuses the first key that is not one of {@code keys}.
   *
   * @param otherwise where what the user meant goes instead, e.g. {@code pass any other sbatch
   *     option with extra}
   */
  public SectionReader requireKnownKeys(List<String> keys, String otherwise) {
    return requireKnownKeys(keys, null, otherwise);
  }

  /** As {@link #requireKnownKeys(List, String)}, also taking any key that starts with {@code prefix}. */
  public SectionReader requireKnownKeys(List<String> keys, String prefix, String otherwise) {
    for (String key : values().keySet()) {
      if (!keys.contains(key) && (prefix == null || !key.startsWith(prefix))) {
        throw new BadInputException("unknown key '" + key + "' in section [" + section + "] of "
            + config.origin(section, key) + " (it has " + String.join(", ", keys) + "; " + otherwise + ")");
      }
    }
    return this;
  }

  /** Every key and its value as written (after {@code ${...}} expansion), in file order. */
  public Map<String, String> values() {
    return config.section(section);
  }

  /** The value of {@code key}, stripped; empty when it is not set. */
  public String value(String key) {
    return values().getOrDefault(key, "").strip();
  }

  /** The value of {@code key}, stripped, when it is set and not blank. */
  public Optional<String> optional(String key) {
    return Optional.of(value(key)).filter(v -> !v.isEmpty());
  }

  /**
   * The value of {@code key} (empty when not set), which must match {@code syntax}; else bad input
   * saying {@code expected}.
   */
  public String checked(String key, Pattern syntax, String expected) {
    String value = value(key);
    if (!value.isEmpty() && !syntax.matcher(value).matches()) {
      throw bad(key, value, expected);
    }
    return value;
  }

  /** The path {@code key} names, relative to {@code docket.cfg}'s directory, when it is set. */
  public Optional<Path> path(String key) {
    return optional(key).map(base()::resolve);
  }

  /** The directory relative paths start at: {@code docket.cfg}'s, else the working directory. */
  public Path base() {
    return config.file()
        .map(file -> file.toAbsolutePath().getParent())
        .orElse(Path.of("").toAbsolutePath());
  }

  /** Bad input: {@code bad value 'v' for [section] key in /a/docket.cfg, line 3: expected ...}. */
  public BadInputException bad(String key, String value, String expected) {
    return new BadInputException("bad value '" + value.strip() + "' for [" + section + "] " + key
        + " in " + config.origin(section, key) + ": expected " + expected);
  }
}
