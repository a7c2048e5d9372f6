package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.exec.ProgressStyle;
import dev.docket.runtime.spi.config.DocketConfig;
import java.time.Duration;
import java.util.Map;

/**
 * The run settings of {@code [core]}: {@code progress}, {@code progress-interval} and {@code
 * keep-going}, checked. Which progress style and interval apply when none is written depends on
 * the terminal, known only when a run starts: {@link #style} and {@link #interval} decide then.
 *
 * @param progress the style written, or {@code null} for {@code auto} (or absent)
 * @param interval the interval written, or {@code null} for the style's default
 * @param keepGoing {@code keep-going}, {@code true} when absent
 */
public record CoreSettings(ProgressStyle progress, Duration interval, boolean keepGoing) {
  /** The longest progress interval: above a day no line shows for the whole run. */
  private static final Duration MAX_INTERVAL = Duration.ofDays(1);

  /** Reads and checks the keys of {@code [core]} that a run uses. */
  static CoreSettings read(DocketConfig config) {
    Map<String, String> core = config.section("core");
    ProgressStyle style = null;
    String progress = core.get("progress");
    if (progress != null && !progress.isBlank() && !progress.strip().equals("auto")) {
      style = ProgressStyle.parse(progress);
      if (style == null) {
        throw ConfigValues.bad(progress, "[core] progress in " + config.where("core", "progress"),
            "expected auto, live, tasks or periodic");
      }
    }
    String intervalAt = "[core] progress-interval in " + config.where("core", "progress-interval");
    Duration interval = ConfigValues.duration(core.get("progress-interval"), intervalAt).orElse(null);
    if (interval != null && (interval.isZero() || interval.compareTo(MAX_INTERVAL) > 0)) {
      // Above a day: no line for the whole run, and far above, the clock's nanoseconds overflow.
      throw new BadInputException(intervalAt + " must be more than 0 and at most 1d, e.g. 10s");
    }
    boolean keepGoing =
        ConfigValues.bool(
            core.get("keep-going"), "[core] keep-going in " + config.where("core", "keep-going"), true);
    return new CoreSettings(style, interval, keepGoing);
  }

  /** The style written; else the live line on a {@code terminal}, a line per task in a log. */
  ProgressStyle style(boolean terminal) {
    return progress != null ? progress : terminal ? ProgressStyle.LIVE : ProgressStyle.TASKS;
  }

  /** The interval written; else 500 ms for the live line, 10 s for printed lines. */
  Duration interval(boolean terminal) {
    if (interval != null) {
      return interval;
    }
    return style(terminal) == ProgressStyle.LIVE ? Duration.ofMillis(500) : Duration.ofSeconds(10);
  }
}
