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
   * declared ({@code @Task(resources = ...)}), fits {@code limits}.
   */
  static void checkFits(
      DocketConfig config,
      Collection<TaskFamily<?>> families,
      SchedulingConfig.Policies policies,
      Map<String, Long> limits) {
    if (limits.isEmpty()) {
      return;
    }
    checkConfigured(config, policies, limits);
    checkDeclared(config, families, policies, limits);
  }

  /** Resources configured with {@code [<Family>] resources}, as {@code policies} read them. */
  private static void checkConfigured(
      DocketConfig config, SchedulingConfig.Policies policies, Map<String, Long> limits) {
    for (String section : config.sections().keySet()) {
      Scheduling configured = policies.configured(section);
      if (configured == null || configured.resources() == null) {
        continue;
      }
      String where = SchedulingConfig.where(config, section, "resources");
      configured.resources()
          .forEach(
              (name, need) -> {
                Long limit = limits.get(name);
                if (limit != null && need > limit) {
                  throw new BadInputException(
                      where + " asks for " + name + "=" + need + ", more than the [resources]"
                          + " limit " + name + "=" + limit
                          + ": such a task could never run; lower the one or raise the other");
                }
              });
    }
  }

  /** Resources declared with {@code @Task(resources = ...)} and not overridden in docket.cfg. */
  private static void checkDeclared(
      DocketConfig config,
      Collection<TaskFamily<?>> families,
      Scheduling.Policies policies,
      Map<String, Long> limits) {
    for (TaskFamily<?> family : families) {
      if (family.scheduling().resources() == null
          || config.section(family.name()).containsKey("resources")) {
        continue;
      }
      Map<String, Long> needs = new TreeMap<>(policies.policy(family).resources());
      for (Map.Entry<String, Long> need : needs.entrySet()) {
        Long limit = limits.get(need.getKey());
        if (limit != null && need.getValue() > limit) {
          throw new BadInputException(
              family.name() + " asks for " + need.getKey() + "=" + need.getValue() + " in its"
                  + " @Task(resources = ...) (class " + family.type().getName() + "), more than"
                  + " the [resources] limit " + need.getKey() + "=" + limit + " in "
                  + config.fileName()
                  + ": such a task could never run; lower the one (or override it with ["
                  + family.name() + "] resources) or raise the other");
        }
      }
    }
  }
}
