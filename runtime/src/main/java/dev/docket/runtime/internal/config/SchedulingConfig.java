package dev.docket.runtime.internal.config;

import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The scheduling keys of the {@code [<Family>]} sections of {@code docket.cfg}: {@code priority},
 * {@code retries}, {@code retry-delay}, {@code timeout} and {@code resources}, each read into a
 * {@link Scheduling} that goes over what the family declares with {@code @Task} attributes. A
 * key given with an empty value sets the built-in default (e.g. {@code timeout =} removes a
 * declared timeout).
 */
public final class SchedulingConfig {
  /**
   * Keys of a {@code [<Family>]} section that are scheduling settings, not parameters, in the
   * order {@code config} shows them.
   */
  public static final List<String> TASK_KEYS =
      List.of("priority", "retries", "retry-delay", "timeout", "resources", "sandbox");

  private SchedulingConfig() {}

  /**
   * The policy of each of {@code families}: what it declares, then the scheduling keys of its
   * section. Every family's section is read now, so a bad value is bad input before anything
   * runs. Only families' sections: a key such as {@code timeout} in another section ({@code
   * [slurm]}, a storage's {@code [fs.<name>]}) is its owner's to read.
   */
  static Scheduling.Policies read(DocketConfig config, Collection<TaskFamily<?>> families) {
    Map<String, Scheduling> configured = new HashMap<>();
    for (TaskFamily<?> family : families) {
      if (config.section(family.name()).keySet().stream().anyMatch(TASK_KEYS::contains)) {
        configured.put(family.name(), configured(config, family.name()));
      }
    }
    return new Policies(configured);
  }

  /** The scheduling keys {@code [family]} gives; an empty value gives the built-in default. */
  static Scheduling configured(DocketConfig config, String family) {
    Map<String, String> keys = config.section(family);
    Scheduling.Policy defaults = Scheduling.Policy.DEFAULT;
    return new Scheduling(
        keys.containsKey("priority")
            ? ConfigValues.integer(keys.get("priority"), where(config, family, "priority"))
            : null,
        keys.containsKey("retries")
            ? ConfigValues.count(keys.get("retries"), where(config, family, "retries"))
            : null,
        keys.containsKey("retry-delay")
            ? ConfigValues.duration(keys.get("retry-delay"), where(config, family, "retry-delay"))
                .orElse(defaults.retryDelay())
            : null,
        keys.containsKey("timeout")
            ? ConfigValues.timeout(keys.get("timeout"), where(config, family, "timeout"))
                .orElse(Scheduling.UNLIMITED)
            : null,
        keys.containsKey("resources")
            ? ConfigValues.resources(keys.get("resources"), where(config, family, "resources"))
            : null);
  }

  /**
   * The values {@code scheduling} gives, as their keys of {@code docket.cfg} would write them
   * ({@code retry-delay} → {@code 30s}), in the order of {@link #TASK_KEYS}: what {@code config}
   * shows of a family's {@code @Task} attributes.
   */
  public static Map<String, String> texts(Scheduling scheduling) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (scheduling.priority() != null) {
      texts.put("priority", String.valueOf(scheduling.priority()));
    }
    if (scheduling.retries() != null) {
      texts.put("retries", String.valueOf(scheduling.retries()));
    }
    if (scheduling.retryDelay() != null) {
      texts.put("retry-delay", ConfigValues.durationText(scheduling.retryDelay()));
    }
    if (scheduling.timeout() != null) {
      texts.put("timeout", scheduling.timeout().equals(Scheduling.UNLIMITED)
          ? "" : ConfigValues.durationText(scheduling.timeout()));
    }
    if (scheduling.resources() != null && !scheduling.resources().isEmpty()) {
      StringBuilder resources = new StringBuilder();
      new TreeMap<>(scheduling.resources()).forEach((name, amount) -> // by name: a stable order
          resources.append(resources.length() > 0 ? ", " : "").append(name).append('=').append(amount));
      texts.put("resources", resources.toString());
    }
    return texts;
  }

  /** {@code [Fit] timeout in /a/docket.cfg, line 7}. */
  static String where(DocketConfig config, String family, String key) {
    return "[" + family + "] " + key + " in " + config.where(family, key);
  }

  /** Each family's policy, worked out once per family and run. */
  private static final class Policies implements Scheduling.Policies {
    private final Map<String, Scheduling> configured;
    private final Map<String, Scheduling.Policy> byFamily = new ConcurrentHashMap<>();

    Policies(Map<String, Scheduling> configured) {
      this.configured = configured;
    }

    @Override
    public Scheduling.Policy policy(TaskFamily<?> family) {
      Scheduling.Policy policy = byFamily.get(family.name());
      if (policy == null) {
        policy = Scheduling.Policy.declared(family);
        Scheduling keys = configured.get(family.name());
        if (keys != null) {
          policy = policy.with(keys);
        }
        byFamily.put(family.name(), policy);
      }
      return policy;
    }
  }
}
