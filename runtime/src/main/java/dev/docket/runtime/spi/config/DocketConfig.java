package dev.docket.runtime.spi.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The contents of {@code docket.cfg}, checked: {@code [core]} values parsed, every section kept
 * as plain text for the parts that read it (parameter defaults, later backends).
 *
 * @param file the file read, empty when there was none
 * @param store the directory of relative {@code LocalFileTarget} paths ({@code [core] store})
 * @param workers the default of {@code --workers} ({@code [core] workers}), if configured
 * @param sections every section by its exact name (dots included), keys in file order, values
 *     with {@code ${...}} references expanded
 * @param written the text as written of each value that {@code ${...}} references changed, so
 *     that its {@link #origin origin} can show both
 * @param lines the line of each section header and key, for messages
 */
public record DocketConfig(
    Optional<Path> file,
    Path store,
    OptionalInt workers,
    Map<String, Map<String, String>> sections,
    Map<String, Map<String, String>> written,
    Lines lines) {

  /**
   * Where sections and keys are written.
   *
   * @param headers the line of each section's header
   * @param keys the line of each key, by section
   */
  public record Lines(Map<String, Integer> headers, Map<String, Map<String, Integer>> keys) {
    public static final Lines NONE = new Lines(Map.of(), Map.of());

    public Lines {
      headers = Map.copyOf(headers);
      keys = Map.copyOf(keys);
    }
  }

  public DocketConfig {
    sections = Map.copyOf(sections);
    written = Map.copyOf(written);
  }

  /** A configuration whose values' origins are only the file. */
  public DocketConfig(
      Optional<Path> file, Path store, OptionalInt workers,
      Map<String, Map<String, String>> sections) {
    this(file, store, workers, sections, Map.of(), Lines.NONE);
  }

  /**
   * Where {@code [section] key} came from, e.g. {@code /a/docket.cfg, line 7}, with the text as
   * written when {@code ${...}} references changed it ({@code /a/docket.cfg, line 7:
   * ${env:HOME}/data}); the file's name when unknown.
   */
  public String origin(String section, String key) {
    String text = written.getOrDefault(section, Map.of()).get(key);
    return where(section, key) + (text == null ? "" : ": " + text);
  }

  /** The line of {@code [section] key}, if known. */
  public OptionalInt line(String section, String key) {
    Integer line = lines.keys().getOrDefault(section, Map.of()).get(key);
    return line == null ? OptionalInt.empty() : OptionalInt.of(line);
  }

  /** {@code /a/docket.cfg, line 4}: where {@code [section]} begins; the file's name when unknown. */
  public String where(String section) {
    Integer line = lines.headers().get(section);
    return fileName() + (line == null ? "" : ", line " + line);
  }

  /** {@code /a/docket.cfg, line 7}: where {@code [section] key} is; the file's name when unknown. */
  public String where(String section, String key) {
    OptionalInt line = line(section, key);
    return fileName() + (line.isEmpty() ? "" : ", line " + line.getAsInt());
  }

  /** No file: store in {@code workingDirectory}, nothing configured. */
  public static DocketConfig empty(Path workingDirectory) {
    return new DocketConfig(Optional.empty(), workingDirectory, OptionalInt.empty(), Map.of());
  }

  /** The keys and values of {@code [name]}; empty when the section is absent. */
  public Map<String, String> section(String name) {
    return sections.getOrDefault(name, Map.of());
  }

  /** The file's name for messages, e.g. {@code /a/docket.cfg}. */
  public String fileName() {
    return file.map(Path::toString).orElse("docket.cfg");
  }
}
