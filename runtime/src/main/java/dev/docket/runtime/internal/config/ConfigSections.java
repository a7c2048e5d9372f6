package dev.docket.runtime.internal.config;

import dev.docket.runtime.spi.config.ConfigSection;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The {@link ConfigSection}s on the class path, found with {@link ServiceLoader}. */
final class ConfigSections {
  private ConfigSections() {}

  static List<ConfigSection> all() {
    List<ConfigSection> all = new ArrayList<>();
    ServiceLoader.load(ConfigSection.class, ConfigSection.class.getClassLoader()).forEach(all::add);
    return all;
  }

  /** The owner of {@code [name]}, or {@code null}. */
  static ConfigSection owner(List<ConfigSection> sections, String name) {
    for (ConfigSection section : sections) {
      if (matches(section.name(), name)) {
        return section;
      }
    }
    return null;
  }

  /**
   * Whether {@code name} is {@code pattern}, or, when the pattern ends in a placeholder
   * ({@code fs.<name>}), begins with the part before it and goes on.
   */
  static boolean matches(String pattern, String name) {
    int placeholder = pattern.indexOf('<');
    if (placeholder < 0 || !pattern.endsWith(">")) {
      return pattern.equals(name);
    }
    String prefix = pattern.substring(0, placeholder);
    return name.length() > prefix.length() && name.startsWith(prefix);
  }

  /** Whether {@code pattern} is a name as written, without a placeholder. */
  static boolean literal(String pattern) {
    return !pattern.endsWith(">");
  }
}
