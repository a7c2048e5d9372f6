package dev.docket.runtime.internal.exec;

import java.util.Locale;

/** How a run shows its progress ({@code [core] progress} in docket.cfg). */
public enum ProgressStyle {
  /**
   * A terminal: one live line (done / running / pending / failed of total, elapsed, rate)
   * redrawn in place; failures and task logs are printed above it.
   */
  LIVE,
  /** A log: a line per started and finished task, plus a progress line every interval. */
  TASKS,
  /**
   * A log of a large run: a progress line every interval; failures and task logs as they
   * happen, but no line per successful task.
   */
  PERIODIC;

  /** {@code live}, {@code tasks} or {@code periodic}; {@code null} for anything else. */
  public static ProgressStyle parse(String text) {
    for (ProgressStyle style : values()) {
      if (style.name().toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
        return style;
      }
    }
    return null;
  }
}
