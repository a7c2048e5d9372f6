package dev.docket.runtime.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.exec.ProgressStyle;
import dev.docket.runtime.exec.RunSettings;
import dev.docket.runtime.exec.TaskSettings;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ResourceAmounts;
import dev.docket.runtime.task.TaskFamily;
import dev.docket.runtime.spi.param.WholeNumbers;
import dev.docket.runtime.task.TaskRegistry;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The execution settings of {@code docket.cfg}: {@code [core] progress}, {@code
 * progress-interval}, {@code keep-going}, {@code [resources]}, and per family {@code retries},
 * {@code retry-delay}, {@code timeout}, {@code priority}, {@code resources}, which override what
 * the family declares with {@code @Task} attributes. Everything is checked before a task runs; a
 * bad value is bad input.
 */
public final class ExecutionConfig {
  /**
   * Keys of a {@code [<Family>]} section that are task settings, not parameters, in the order
   * {@code config} shows them.
   */
  public static final List<String> TASK_KEYS =
      List.of("priority", "retries", "retry-delay", "timeout", "resources");

  private static final Pattern DURATION =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?", Pattern.CASE_INSENSITIVE);

  private ExecutionConfig() {}

  /**
   * The settings of a run with {@code workers} threads, for the families of the process's
   * {@link TaskRegistry#global() registry}; {@code terminal} chooses the live line when {@code
   * [core] progress} is {@code auto} or absent.
   */
  public static RunSettings settings(DocketConfig config, int workers, boolean terminal) {
    return settings(config, TaskRegistry.global().families(), workers, terminal);
  }

  /**
   * The settings of a run of {@code families} with {@code workers} threads; each family's policy
   * is what it declares ({@code @Task} attributes), overridden key by key by its {@code
   * [<Family>]} section. {@code terminal} chooses the live line when {@code [core] progress} is
   * {@code auto} or absent.
   */
  public static RunSettings settings(
      DocketConfig config, Collection<TaskFamily<?>> families, int workers, boolean terminal) {
    Core core = core(config, terminal);
    String where = " in " + config.fileName();
    Map<String, Long> limits = new HashMap<>();
    config
        .section("resources")
        .forEach(
            (name, value) ->
                limits.put(name, amount(value, "[resources] " + name + " in " + config.where("resources", name))));
    TaskSettings tasks = tasks(config);
    checkFits(config, limits, where);
    checkDeclaredFits(config, families, tasks, limits, where);
    return RunSettings.of(workers)
        .withKeepGoing(core.keepGoing())
        .withProgress(core.style(), core.interval())
        .withTasks(tasks)
        .withResourceLimits(limits);
  }

  /** The settings of {@code [core]} that a run uses. */
  record Core(ProgressStyle style, Duration interval, boolean keepGoing) {}

  /**
   * {@code [core] progress}, {@code progress-interval} and {@code keep-going}, checked; {@code
   * terminal} chooses the live line when {@code progress} is {@code auto} or absent.
   */
  static Core core(DocketConfig config, boolean terminal) {
    Map<String, String> core = config.section("core");
    ProgressStyle style = terminal ? ProgressStyle.LIVE : ProgressStyle.TASKS;
    String progress = core.get("progress");
    if (progress != null && !progress.isBlank() && !progress.strip().equals("auto")) {
      style = ProgressStyle.parse(progress);
      if (style == null) {
        throw new BadInputException(
            "bad value '" + progress + "' for [core] progress in " + config.where("core", "progress")
                + ": expected auto, live, tasks or periodic");
      }
    }
    String intervalAt = "[core] progress-interval in " + config.where("core", "progress-interval");
    Duration interval =
        duration(core.get("progress-interval"), intervalAt)
            .orElse(style == ProgressStyle.LIVE ? Duration.ofMillis(500) : Duration.ofSeconds(10));
    if (interval.isZero() || interval.compareTo(Duration.ofDays(1)) > 0) {
      // Above a day: no line for the whole run, and far above, the clock's nanoseconds overflow.
      throw new BadInputException(intervalAt + " must be more than 0 and at most 1d, e.g. 10s");
    }
    boolean keepGoing =
        bool(core.get("keep-going"), "[core] keep-going in " + config.where("core", "keep-going"), true);
    return new Core(style, interval, keepGoing);
  }

  /** A family that needs more of a resource than its limit could never run: bad input now. */
  private static void checkFits(DocketConfig config, Map<String, Long> limits, String where) {
    for (Map.Entry<String, Map<String, String>> section : config.sections().entrySet()) {
      String resources = section.getValue().get("resources");
      if (resources == null) {
        continue;
      }
      resources(resources, "[" + section.getKey() + "] resources in " + config.where(section.getKey(), "resources"))
          .forEach(
              (name, need) -> {
                Long limit = limits.get(name);
                if (limit != null && need > limit) {
                  throw new BadInputException(
                      "[" + section.getKey() + "] resources in "
                          + config.where(section.getKey(), "resources") + " asks for " + name + "="
                          + need + ", more than the [resources] limit " + name + "=" + limit
                          + ": such a task could never run; lower the one or raise the other");
                }
              });
    }
  }

  /**
   * The same for resources declared with {@code @Task(resources = ...)} and not overridden by a
   * {@code [<Family>] resources} key (those are checked by {@link #checkFits}).
   */
  private static void checkDeclaredFits(
      DocketConfig config,
      Collection<TaskFamily<?>> families,
      TaskSettings tasks,
      Map<String, Long> limits,
      String where) {
    if (limits.isEmpty()) {
      return;
    }
    for (TaskFamily<?> family : families) {
      if (family.scheduling().resources() == null
          || config.section(family.name()).containsKey("resources")) {
        continue;
      }
      Map<String, Long> needs = new TreeMap<>(tasks.policy(family).resources());
      for (Map.Entry<String, Long> need : needs.entrySet()) {
        Long limit = limits.get(need.getKey());
        if (limit != null && need.getValue() > limit) {
          throw new BadInputException(
              family.name() + " asks for " + need.getKey() + "=" + need.getValue() + " in its"
                  + " @Task(resources = ...) (class " + family.type().getName() + "), more than"
                  + " the [resources] limit " + need.getKey() + "=" + limit + where
                  + ": such a task could never run; lower the one (or override it with ["
                  + family.name() + "] resources) or raise the other");
        }
      }
    }
  }

  /** {@code cpu=2, memory=4G, db=1}. */
  static Map<String, Long> resources(String text, String where) {
    Map<String, Long> needs = new HashMap<>();
    for (String item : text.split(",")) {
      if (item.isBlank()) {
        continue;
      }
      Map.Entry<String, Long> need;
      try {
        need = ResourceAmounts.parseEntry(item);
      } catch (IllegalArgumentException e) {
        // The whole value for a malformed pair, the amount alone for a bad amount.
        String culprit =
            e.getMessage().equals(ResourceAmounts.EXPECTED_ENTRY) ? text : item.split("=", 2)[1];
        throw new BadInputException(
            "bad value '" + culprit.strip() + "' for " + where + ": expected " + e.getMessage());
      }
      needs.put(need.getKey(), need.getValue());
    }
    return needs;
  }

  /** {@code 2}, {@code 512M}, {@code 4G}: a whole number, with an optional binary suffix. */
  static long amount(String text, String where) {
    try {
      return ResourceAmounts.parseAmount(text);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(
          "bad value '" + text.strip() + "' for " + where + ": expected " + e.getMessage());
    }
  }

  /**
   * The per-family policies: what a family declares, then every key of its section that is one
   * of {@link #TASK_KEYS}. A key given with an empty value sets the built-in default (e.g.
   * {@code timeout =} removes a declared timeout). Every section is parsed now, so a bad value
   * is bad input before anything runs.
   */
  static TaskSettings tasks(DocketConfig config) {
    Map<String, Configured> configured = new HashMap<>();
    for (Map.Entry<String, Map<String, String>> section : config.sections().entrySet()) {
      Map<String, String> keys = section.getValue();
      if (keys.keySet().stream().noneMatch(TASK_KEYS::contains)) {
        continue;
      }
      configured.put(section.getKey(), Configured.read(config, section.getKey()));
    }
    return new Policies(configured);
  }

  /** Each family's policy, worked out once per family and run. */
  private static final class Policies implements TaskSettings {
    private final Map<String, Configured> configured;
    private final Map<String, Policy> byFamily = new ConcurrentHashMap<>();

    Policies(Map<String, Configured> configured) {
      this.configured = configured;
    }

    @Override
    public Policy policy(TaskFamily<?> family) {
      Policy policy = byFamily.get(family.name());
      if (policy == null) {
        policy = Policy.declared(family);
        Configured keys = configured.get(family.name());
        if (keys != null) {
          policy = keys.over(policy);
        }
        byFamily.put(family.name(), policy);
      }
      return policy;
    }
  }

  /**
   * The task keys one {@code [<Family>]} section gives, parsed; {@code null}: the key is absent.
   * A key with an empty value holds the built-in default ({@code timeout}: {@code
   * Optional.empty()}, no limit).
   */
  private record Configured(
      Integer retries,
      Duration retryDelay,
      Optional<Duration> timeout,
      Integer priority,
      Map<String, Long> resources) {
    static Configured read(DocketConfig config, String family) {
      Map<String, String> keys = config.section(family);
      TaskSettings.Policy defaults = TaskSettings.Policy.DEFAULT;
      return new Configured(
          keys.containsKey("retries")
              ? count(keys.get("retries"), where(config, family, "retries"))
              : null,
          keys.containsKey("retry-delay")
              ? duration(keys.get("retry-delay"), where(config, family, "retry-delay"))
                  .orElse(defaults.retryDelay())
              : null,
          keys.containsKey("timeout")
              ? ExecutionConfig.timeout(keys.get("timeout"), where(config, family, "timeout"))
              : null,
          keys.containsKey("priority")
              ? integer(keys.get("priority"), where(config, family, "priority"))
              : null,
          keys.containsKey("resources")
              ? ExecutionConfig.resources(keys.get("resources"), where(config, family, "resources"))
              : null);
    }

    private static String where(DocketConfig config, String family, String key) {
      return "[" + family + "] " + key + " in " + config.where(family, key);
    }

    TaskSettings.Policy over(TaskSettings.Policy declared) {
      return new TaskSettings.Policy(
          retries != null ? retries : declared.retries(),
          retryDelay != null ? retryDelay : declared.retryDelay(),
          timeout != null ? timeout.orElse(null) : declared.timeout(),
          priority != null ? priority : declared.priority(),
          resources != null ? resources : declared.resources());
    }
  }

  /** The longest timeout: {@code 365d}; far longer ones would overflow the clock's nanoseconds. */
  static final Duration MAX_TIMEOUT = Duration.ofDays(365);

  /**
   * A task's timeout: empty for none; else more than 0 (a timeout of 0 would fail every
   * attempt) and at most {@link #MAX_TIMEOUT}.
   */
  private static Optional<Duration> timeout(String text, String where) {
    Optional<Duration> timeout = duration(text, where);
    if (timeout.isPresent()
        && (timeout.get().isZero() || timeout.get().compareTo(MAX_TIMEOUT) > 0)) {
      throw new BadInputException(
          "bad value '" + text.strip() + "' for " + where + ": a timeout must be more than 0 and"
              + " at most 365d, e.g. 2h (leave the value empty, timeout =, for no limit)");
    }
    return timeout;
  }

  private static int count(String text, String where) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    try {
      int n = WholeNumbers.parseInt(text);
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
      return WholeNumbers.parseInt(text);
    } catch (NumberFormatException e) {
      throw new BadInputException(
          "bad value '" + text + "' for " + where + ": expected a whole number (higher runs first)");
    }
  }

  /**
   * {@code 30}, {@code 30s}, {@code 500ms}, {@code 5m}, {@code 1.5h}; and every form a duration
   * parameter and {@code @Task(timeout = ...)} take ({@code 1d}, {@code PT1H30M}), so that a
   * value copied between code and docket.cfg means the same. Never negative.
   */
  static Optional<Duration> duration(String text, String where) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    Matcher m = DURATION.matcher(text.strip());
    if (!m.matches()) {
      Duration parsed;
      try {
        parsed = Converters.DURATION.parse(text);
      } catch (IllegalArgumentException e) {
        throw new BadInputException(
            "bad value '" + text + "' for " + where
                + ": expected a duration such as 30s, 500ms, 5m, 2h, 1d or PT1H30M");
      }
      if (parsed.isNegative()) {
        throw new BadInputException(
            "bad value '" + text + "' for " + where + ": a duration must not be negative");
      }
      return Optional.of(parsed);
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
    return Optional.of(Duration.ofMillis(Math.round(millis)));
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
