package dev.docket.runtime.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.exec.ProgressStyle;
import dev.docket.runtime.exec.RunSettings;
import dev.docket.runtime.exec.TaskSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The execution settings of {@code docket.cfg}: {@code [core] progress}, {@code
 * progress-interval}, {@code keep-going}, and per family {@code retries}, {@code retry-delay},
 * {@code timeout}. Everything is checked before a task runs; a bad value is bad input.
 */
public final class ExecutionConfig {
  /** Keys of a {@code [<Family>]} section that are task settings, not parameters. */
  public static final Set<String> TASK_KEYS =
      Set.of("retries", "retry-delay", "timeout", "priority", "resources");

  private static final Pattern AMOUNT =
      Pattern.compile("(\\d+)\\s*([kKmMgGtT])?[bB]?");

  private static final Pattern DURATION =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

  private ExecutionConfig() {}

  /**
   * The settings of a run with {@code workers} threads; {@code terminal} chooses the live line
   * when {@code [core] progress} is {@code auto} or absent.
   */
  public static RunSettings settings(DocketConfig config, int workers, boolean terminal) {
    Map<String, String> core = config.section("core");
    String where = " in " + config.fileName();
    ProgressStyle style = terminal ? ProgressStyle.LIVE : ProgressStyle.TASKS;
    String progress = core.get("progress");
    if (progress != null && !progress.isBlank() && !progress.strip().equals("auto")) {
      style = ProgressStyle.parse(progress);
      if (style == null) {
        throw new BadInputException(
            "bad value '" + progress + "' for [core] progress" + where
                + ": expected auto, live, tasks or periodic");
      }
    }
    Duration interval =
        duration(core.get("progress-interval"), "[core] progress-interval" + where)
            .orElse(style == ProgressStyle.LIVE ? Duration.ofMillis(500) : Duration.ofSeconds(10));
    if (interval.isZero()) {
      throw new BadInputException(
          "[core] progress-interval" + where + " must be more than 0, e.g. 10s");
    }
    boolean keepGoing = bool(core.get("keep-going"), "[core] keep-going" + where, true);
    Map<String, Long> limits = new HashMap<>();
    config
        .section("resources")
        .forEach(
            (name, value) ->
                limits.put(name, amount(value, "[resources] " + name + where)));
    TaskSettings tasks = tasks(config);
    checkFits(config, limits, where);
    return RunSettings.of(workers)
        .withKeepGoing(keepGoing)
        .withProgress(style, interval)
        .withTasks(tasks)
        .withResourceLimits(limits);
  }

  /** A family that needs more of a resource than its limit could never run: bad input now. */
  private static void checkFits(DocketConfig config, Map<String, Long> limits, String where) {
    for (Map.Entry<String, Map<String, String>> section : config.sections().entrySet()) {
      String resources = section.getValue().get("resources");
      if (resources == null) {
        continue;
      }
      resources(resources, "[" + section.getKey() + "] resources" + where)
          .forEach(
              (name, need) -> {
                Long limit = limits.get(name);
                if (limit != null && need > limit) {
                  throw new BadInputException(
                      "[" + section.getKey() + "] resources" + where + " asks for " + name + "="
                          + need + ", more than the [resources] limit " + name + "=" + limit
                          + ": such a task could never run; lower the one or raise the other");
                }
              });
    }
  }

  /** {@code cpu=2, memory=4G, db=1}. */
  static Map<String, Long> resources(String text, String where) {
    Map<String, Long> needs = new HashMap<>();
    for (String item : text.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      String[] kv = item.split("=", 2);
      if (kv.length != 2 || kv[0].isBlank()) {
        throw new BadInputException(
            "bad value '" + text + "' for " + where
                + ": expected name=amount pairs such as cpu=2, memory=4G, db=1");
      }
      needs.put(kv[0].strip(), amount(kv[1], where));
    }
    return needs;
  }

  /** {@code 2}, {@code 512M}, {@code 4G}: a whole number, with an optional binary suffix. */
  static long amount(String text, String where) {
    Matcher m = AMOUNT.matcher(text.strip());
    if (!m.matches()) {
      throw new BadInputException(
          "bad value '" + text.strip() + "' for " + where
              + ": expected a whole number, optionally with K, M, G or T (e.g. 4G)");
    }
    long value = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "" : m.group(2).toUpperCase(Locale.ROOT);
    int shift = switch (unit) {
      case "K" -> 10;
      case "M" -> 20;
      case "G" -> 30;
      case "T" -> 40;
      default -> 0;
    };
    return value << shift;
  }

  /** The per-family policies; every section that sets one of {@link #TASK_KEYS} is read. */
  static TaskSettings tasks(DocketConfig config) {
    Map<String, TaskSettings.Policy> policies = new HashMap<>();
    for (Map.Entry<String, Map<String, String>> section : config.sections().entrySet()) {
      Map<String, String> keys = section.getValue();
      if (keys.keySet().stream().noneMatch(TASK_KEYS::contains)) {
        continue;
      }
      String where = "[" + section.getKey() + "] %s in " + config.fileName();
      TaskSettings.Policy defaults = TaskSettings.Policy.DEFAULT;
      int retries = count(keys.get("retries"), String.format(where, "retries"));
      Duration delay =
          duration(keys.get("retry-delay"), String.format(where, "retry-delay"))
              .orElse(defaults.retryDelay());
      Duration timeout =
          duration(keys.get("timeout"), String.format(where, "timeout")).orElse(null);
      int priority = integer(keys.get("priority"), String.format(where, "priority"));
      Map<String, Long> resources =
          keys.containsKey("resources")
              ? resources(keys.get("resources"), String.format(where, "resources"))
              : Map.of();
      policies.put(
          section.getKey(),
          new TaskSettings.Policy(retries, delay, timeout, priority, resources));
    }
    return family -> policies.getOrDefault(family, TaskSettings.Policy.DEFAULT);
  }

  private static int count(String text, String where) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadInputException(
        "bad value '" + text + "' for " + where + ": expected a whole number, 0 or more");
  }

  private static int integer(String text, String where) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      return Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      throw new BadInputException(
          "bad value '" + text + "' for " + where + ": expected a whole number (higher runs first)");
    }
  }

  /** {@code 30}, {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1.5h}. */
  static java.util.Optional<Duration> duration(String text, String where) {
    if (text == null || text.isBlank()) {
      return java.util.Optional.empty();
    }
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      throw new BadInputException(
          "bad value '" + text + "' for " + where
              + ": expected a duration such as 30s, 500ms, 5m or 2h");
    }
    double amount = Double.parseDouble(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2).toLowerCase(Locale.ROOT);
    double millis =
        switch (unit) {
          case "ms" -> amount;
          case "m" -> amount * 60_000;
          case "h" -> amount * 3_600_000;
          default -> amount * 1000;
        };
    return java.util.Optional.of(Duration.ofMillis(Math.round(millis)));
  }

  private static boolean bool(String text, String where, boolean fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "1" -> true;
      case "false", "no", "off", "0" -> false;
      default -> throw new BadInputException(
          "bad value '" + text + "' for " + where + ": expected true or false");
    };
  }
}
