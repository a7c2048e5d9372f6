package dev.docket.runtime.internal.batch;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.Durations;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code [job]} section of {@code docket.cfg}.
 *
 * @param pollInterval time between two polls ({@code poll-interval}, a duration, default 10 s)
 * @param acceptance fraction of a workflow's branches that must be complete for it to count as
 *     done ({@code acceptance}, 0 to 1, default 1)
 * @param template the job-file template for every workflow ({@code template}), if set
 * @param familyTemplates {@code template.<Family>}: family name to template file
 * @param heldTimeout how long a job may stay held before it counts as failed and is cancelled
 *     ({@code held-timeout}, a duration, default 10 minutes)
 * @param shipping how the class path and the configuration reach the jobs ({@code ship},
 *     {@code java}, and the configuration read)
 */
public record JobSettings(
    Duration pollInterval, double acceptance, Optional<Path> template, Map<String, Path> familyTemplates,
    Duration heldTimeout, Shipping shipping) {

  /** {@code held-timeout} when not set: long enough for an operator to release a job. */
  static final Duration DEFAULT_HELD_TIMEOUT = Duration.ofMinutes(10);

  /** Settings with the default {@code held-timeout}. */
  public JobSettings(
      Duration pollInterval, double acceptance, Optional<Path> template, Map<String, Path> familyTemplates) {
    this(pollInterval, acceptance, template, familyTemplates, DEFAULT_HELD_TIMEOUT);
  }

  /** Settings whose jobs share this machine's files and read no configuration file. */
  public JobSettings(
      Duration pollInterval, double acceptance, Optional<Path> template, Map<String, Path> familyTemplates,
      Duration heldTimeout) {
    this(pollInterval, acceptance, template, familyTemplates, heldTimeout,
        Shipping.shared(DocketConfig.empty(Path.of(""))));
  }

  public static final String SECTION = "job";

  /** The keys of {@code [job]}, in the order messages list them. */
  static final List<String> KEYS =
      List.of("poll-interval", "acceptance", "held-timeout", "ship", "java", "store", "template",
          "template.<Family>");

  /**
   * The longest poll interval, as for {@code [core] progress-interval}: a day without a look at
   * the jobs is more than any batch system needs.
   */
  private static final Duration MAX_DURATION = Duration.ofDays(1);

  public static JobSettings read(DocketConfig config) {
    Map<String, String> section = config.section(SECTION);
    Path base = config.file().map(f -> f.toAbsolutePath().getParent()).orElse(Path.of("").toAbsolutePath());
    Duration poll = Duration.ofSeconds(10);
    Duration held = DEFAULT_HELD_TIMEOUT;
    double acceptance = 1.0;
    Optional<Path> template = Optional.empty();
    Map<String, Path> familyTemplates = new java.util.HashMap<>();
    for (Map.Entry<String, String> entry : section.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue().strip();
      if (key.equals("poll-interval")) {
        poll = duration(config, key, value);
      } else if (key.equals("held-timeout")) {
        held = duration(config, key, value);
      } else if (key.equals("acceptance")) {
        acceptance = number(config, key, value);
        if (acceptance < 0 || acceptance > 1) {
          throw bad(config, key, value);
        }
      } else if (key.equals(Shipping.SHIP) || key.equals(Shipping.JAVA) || key.equals(Shipping.STORE)) {
        continue; // read below, together
      } else if (key.equals("template")) {
        template = Optional.of(base.resolve(value));
      } else if (key.startsWith("template.")) {
        familyTemplates.put(key.substring("template.".length()), base.resolve(value));
      } else {
        throw new BadInputException(
            "unknown key '" + key + "' in section [job] of " + config.where(SECTION, key)
                + " (it has " + String.join(", ", KEYS) + ")");
      }
    }
    return new JobSettings(poll, acceptance, template, Map.copyOf(familyTemplates), held,
        Shipping.read(config, section));
  }

  /**
   * A duration by the grammar of every duration ({@link Durations}: {@code 2.5} seconds, {@code
   * 30s}, {@code 5m}), more than 0 (also 0.0001, which rounds to 0: polling without a pause) and
   * at most a day.
   */
  private static Duration duration(DocketConfig config, String key, String value) {
    Duration duration;
    try {
      duration = Durations.parse(value);
    } catch (IllegalArgumentException e) {
      throw bad(config, key, value);
    }
    if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
      throw bad(config, key, value);
    }
    return duration;
  }

  /**
   * Digits with an optional fraction: {@link Double#parseDouble} alone would also take {@code
   * NaN} (an acceptance nothing meets), {@code Infinity}, {@code 1d} and hexadecimal.
   */
  private static double number(DocketConfig config, String key, String value) {
    if (!NUMBER.matcher(value).matches()) {
      throw bad(config, key, value);
    }
    return Double.parseDouble(value);
  }

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,15}(\\.[0-9]{0,15})?|\\.[0-9]{1,15}");

  private static BadInputException bad(DocketConfig config, String key, String value) {
    String expected =
        key.equals("acceptance")
            ? "a fraction between 0 and 1, e.g. 0.95"
            : "a duration above 0 and at most 1d, like 2.5 (seconds), 30s or 5m";
    return new BadInputException(
        "bad value '" + value + "' for [job] " + key + " in " + config.where(SECTION, key) + ": expected " + expected);
  }

  /** The template file for {@code family}, if one is configured. */
  public Optional<Path> templateFor(String family) {
    Path own = familyTemplates.get(family);
    return own != null ? Optional.of(own) : template;
  }
}
