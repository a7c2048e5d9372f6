package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks a whole {@code docket.cfg} against what reads it, before anything runs: every section
 * is a task family's or owned by a {@link ConfigSection}, every key is one its reader takes,
 * every value one that will not fail later. The first mistake in the file's order is reported,
 * with the closest known name when there is one.
 */
public final class ConfigCheck {
  private ConfigCheck() {}

  /**
   * Checks {@code config} for a run of {@code families} (their sections and parameters) and
   * returns its execution settings, read in the course: a run uses them as they are instead of
   * reading the file's values again.
   *
   * @throws BadInputException naming the file, line, section and key, and the fix
   */
  public static ExecutionConfig check(DocketConfig config, Collection<TaskFamily<?>> families) {
    if (config.sections().isEmpty()) {
      // No file, the usual case for tests and scripts: no class path scan either.
      return ExecutionConfig.read(config, families);
    }
    Map<String, TaskFamily<?>> byName = new TreeMap<>();
    families.forEach(family -> byName.put(family.name(), family));
    ConfigDefaults defaults = new ConfigDefaults(config);
    ExecutionConfig.Reader execution = new ExecutionConfig.Reader(config);
    List<ConfigSection> owners = ConfigSections.all();
    List<String> inFileOrder = new ArrayList<>(config.sections().keySet());
    inFileOrder.sort(
        Comparator.comparing((String s) -> config.lines().headers().getOrDefault(s, 0))
            .thenComparing(Comparator.naturalOrder()));
    for (String section : inFileOrder) {
      TaskFamily<?> family = byName.get(section);
      ConfigSection owner = ConfigSections.owner(owners, section);
      if (family != null) {
        defaults.check(family);
      } else if (owner != null) {
        checkKeys(config, section, owner, byName.keySet());
        owner.check(config, section);
        execution.readSection(section);
      } else {
        throw unknownSection(config, section, byName.keySet(), owners);
      }
    }
    // The scheduling of every family and the resources they ask for against the limits.
    return execution.read(families);
  }

  /** A key's placeholder that stands for a task family's name, which is then checked. */
  private static final String FAMILY = "<Family>";

  private static void checkKeys(
      DocketConfig config, String section, ConfigSection owner, Collection<String> families) {
    List<String> keys = owner.keys();
    for (String key : config.section(section).keySet()) {
      String pattern =
          keys.stream().filter(p -> ConfigSections.matches(p, key)).findFirst().orElse(null);
      if (pattern != null && pattern.endsWith(FAMILY)) {
        String prefix = pattern.substring(0, pattern.length() - FAMILY.length());
        String family = key.substring(prefix.length());
        if (!families.contains(family)) {
          String near = TaskArgs.Suggestions.closest(family, families);
          throw new BadInputException(
              "unknown task family '" + family + "' in key " + key + " of section [" + section
                  + "] in " + config.where(section, key)
                  + (near != null ? "; did you mean " + prefix + near + "?" : "")
                  + " (the task families: " + String.join(", ", families) + ")");
        }
      }
      if (pattern == null) {
        throw new BadInputException(
            "unknown key '" + key + "' in section [" + section + "] of "
                + config.where(section, key)
                + TaskArgs.Suggestions.didYouMean(
                    key, keys.stream().filter(ConfigSections::literal).toList())
                + " ([" + section + "] has " + String.join(", ", keys) + ")");
      }
    }
  }

  private static BadInputException unknownSection(
      DocketConfig config, String section, Collection<String> families,
      List<ConfigSection> owners) {
    List<String> known = new ArrayList<>();
    owners.forEach(owner -> known.add(owner.name()));
    known.sort(null);
    List<String> candidates = new ArrayList<>(families);
    known.stream().filter(ConfigSections::literal).forEach(candidates::add);
    String near = TaskArgs.Suggestions.closest(section, candidates);
    String example =
        near != null && families.contains(near)
            ? near
            : families.stream().findFirst().orElse("<Family>");
    return new BadInputException(
        "unknown section [" + section + "] in " + config.where(section)
            + (near != null ? "; did you mean [" + near + "]?" : "")
            + " (known sections: "
            + String.join(", ", known.stream().map(name -> "[" + name + "]").toList())
            + " and one per task family, e.g. [" + example + "]; a backend's section is known"
            + " when its module is on the class path)");
  }
}
