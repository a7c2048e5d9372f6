package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Parameter defaults from the {@code [<Family>]} sections of {@code docket.cfg}. A key is the
 * parameter's field name ({@code minJets}) or its command-line name ({@code min-jets}).
 */
public final class ConfigDefaults implements DefaultsSource {
  private final DocketConfig config;

  public ConfigDefaults(DocketConfig config) {
    this.config = config;
  }

  @Override
  public Configured lookup(String family, ParamSpec<?> spec) {
    String key = key(family, spec);
    return key == null
        ? null
        : new Configured(config.section(family).get(key),
            "[" + family + "] " + key + " in " + config.origin(family, key));
  }

  /** The key of {@code spec} in the section of {@code family}, or {@code null}. */
  public String key(String family, ParamSpec<?> spec) {
    Map<String, String> section = config.section(family);
    if (section.isEmpty()) {
      return null; // the usual case, asked once per parameter of every task built
    }
    if (section.containsKey(spec.name())) {
      return spec.name();
    }
    String kebab = ParamSpec.kebabCase(spec.name());
    return section.containsKey(kebab) ? kebab : null;
  }

  /**
   * Checks that the section of {@code family}, if any, names only its parameters and the task
   * settings, each once, so that a typo does not silently leave a default unused.
   *
   * @throws BadInputException naming the key, the section, the file and line, and a near miss
   */
  public void check(TaskFamily<?> family) {
    Map<String, String> section = config.section(family.name());
    if (section.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>();
    Set<String> keys = new HashSet<>(); // the names a key may have: field name and kebab case
    for (ParamSpec<?> spec : family.params()) {
      String kebab = ParamSpec.kebabCase(spec.name());
      names.add(kebab);
      keys.add(kebab);
      keys.add(spec.name());
      if (!kebab.equals(spec.name()) && section.containsKey(kebab) && section.containsKey(spec.name())) {
        throw new BadInputException(
            "[" + family.name() + "] sets " + kebab + " twice in " + config.fileName() + ": as "
                + kebab + " (" + line(family, kebab) + ") and as " + spec.name() + " ("
                + line(family, spec.name()) + "); keep one");
      }
    }
    for (String key : section.keySet()) {
      if (SchedulingConfig.TASK_KEYS.contains(key)) {
        continue; // retries, retry-delay, timeout...: read by SchedulingConfig
      }
      if (!keys.contains(key)) {
        List<String> candidates = new ArrayList<>(names);
        candidates.addAll(SchedulingConfig.TASK_KEYS);
        throw new BadInputException(
            "unknown key '" + key + "' in section [" + family.name() + "] of "
                + config.where(family.name(), key)
                + TaskArgs.Suggestions.didYouMean(key, candidates)
                + " (" + family.name()
                + (names.isEmpty() ? " has no parameters" : " has " + String.join(", ", names))
                + "; task settings: " + String.join(", ", SchedulingConfig.TASK_KEYS) + ")");
      }
    }
  }

  private String line(TaskFamily<?> family, String key) {
    OptionalInt line = config.line(family.name(), key);
    return line.isEmpty() ? "the same section" : "line " + line.getAsInt();
  }
}
