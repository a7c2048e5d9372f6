package dev.docket.runtime.config;

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
 * @param origins where each value of {@code sections} came from, e.g.
 *     {@code /a/docket.cfg, line 7}, for messages and the {@code config} command
 * @param lines the line of each section header and key, for messages
 */
public record DocketConfig(
    Optional<Path> file,
    Path store,
    OptionalInt workers,
    Map<String, Map<String, String>> sections,
    Map<String, Map<String, String>> origins,
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
    origins = Map.copyOf(origins);
  }

  /** A configuration whose values' origins are only given, not their lines. */
  public DocketConfig(
      Optional<Path> file, Path store, OptionalInt workers,
      Map<String, Map<String, String>> sections, Map<String, Map<String, String>> origins) {
    this(file, store, workers, sections, origins, Lines.NONE);
  }

  /** A configuration whose values' origins are only the file. */
  public DocketConfig(
      Optional<Path> file, Path store, OptionalInt workers,
      Map<String, Map<String, String>> sections) {
    this(file, store, workers, sections, Map.of(), Lines.NONE);
  }

  /** Where {@code [section] key} came from; the file's name when unknown. */
  public String origin(String section, String key) {
    return origins.getOrDefault(section, Map.of()).getOrDefault(key, fileName());
  }

  /** {@code /a/docket.cfg, line 4}: where {@code [section]} begins; the file's name when unknown. */
  public String where(String section) {
    return at(lines.headers().get(section));
  }

  /** {@code /a/docket.cfg, line 7}: where {@code [section] key} is; the file's name when unknown. */
  public String where(String section, String key) {
    return at(lines.keys().getOrDefault(section, Map.of()).get(key));
  }

  private String at(Integer line) {
    return fileName() + (line == null ? "" : ", line " + line);
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
