package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The limits of {@code [resources]}, and the check that every family fits them: a family that
 * needs more of a resource than its limit could never run, which is bad input before anything
 * runs rather than a run that waits forever.
 */
final class ResourceLimits {
  private ResourceLimits() {}

  /** How much of each resource all running tasks together may hold; absent: unlimited. */
  static Map<String, Long> read(DocketConfig config) {
    Map<String, Long> limits = new HashMap<>();
    config.section("resources").forEach((name, value) -> limits.put(name, limit(config, name, value)));
    return limits;
  }

  /** One limit of {@code [resources]}, checked. */
  static long limit(DocketConfig config, String name, String value) {
    return ConfigValues.amount(value, "[resources] " + name + " in " + config.where("resources", name));
  }

  /**
   * Checks that what each family asks for, configured ({@code [<Family>] resources}) or else
   * declared ({@code @Task(resources = ...)}), fits {@code limits}: its policy's resources,
   * read once with the rest of its policy.
   */
  static void checkFits(
      DocketConfig config,
      Collection<TaskFamily<?>> families,
      Scheduling.Policies policies,
      Map<String, Long> limits) {
    if (limits.isEmpty()) {
      return;
    }
    for (TaskFamily<?> family : families) {
      boolean configured = config.section(family.name()).containsKey("resources");
      if (!configured && family.scheduling().resources() == null) {
        continue;
      }
      Map<String, Long> needs = new TreeMap<>(policies.policy(family).resources());
      for (Map.Entry<String, Long> need : needs.entrySet()) {
        Long limit = limits.get(need.getKey());
        if (limit != null && need.getValue() > limit) {
          throw configured
              ? tooMuchConfigured(config, family, need, limit)
              : tooMuchDeclared(config, family, need, limit);
        }
      }
    }
  }

  private static BadInputException tooMuchConfigured(
      DocketConfig config, TaskFamily<?> family, Map.Entry<String, Long> need, long limit) {
    return new BadInputException(
        SchedulingConfig.where(config, family.name(), "resources") + " asks for " + need.getKey()
            + "=" + need.getValue() + ", more than the [resources] limit " + need.getKey() + "="
            + limit + ": such a task could never run; lower the one or raise the other");
  }

  private static BadInputException tooMuchDeclared(
      DocketConfig config, TaskFamily<?> family, Map.Entry<String, Long> need, long limit) {
    return new BadInputException(
        family.name() + " asks for " + need.getKey() + "=" + need.getValue() + " in its"
            + " @Task(resources = ...) (class " + family.type().getName() + "), more than"
            + " the [resources] limit " + need.getKey() + "=" + limit + " in "
            + config.fileName()
            + ": such a task could never run; lower the one (or override it with ["
            + family.name() + "] resources) or raise the other");
  }
}
