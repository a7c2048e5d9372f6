package dev.docket.runtime.internal.config;

import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * {@code [core]}: {@code store} and {@code workers} (read by {@link ConfigLoader}), {@code
 * progress}, {@code progress-interval} and {@code keep-going} ({@link CoreSettings}), {@code
 * history} (the run history), {@code scheduler} and {@code scheduler-token-file} (the central
 * scheduler, {@code internal.setup.SchedulerLink}).
 */
public final class CoreSection implements ConfigSection {
  static final String NAME = "core";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> keys() {
    return List.of("store", "workers", "progress", "progress-interval", "keep-going", "history", "scheduler",
        "scheduler-token-file");
  }

  /**
   * Checks {@code history}; the keys a run uses are checked as they are read, in the file's
   * order ({@link ExecutionConfig.Reader}), and {@code store} and {@code workers} on loading.
   */
  @Override
  public void check(DocketConfig config, String section) {
    String history = config.section(section).get("history");
    if (history != null && !history.isBlank() && !history.strip().equals("off")
        && !history.strip().startsWith("jdbc:")) {
      // Found out only at the end of a run otherwise, as a warning that the run went unrecorded.
      throw ConfigValues.bad(
          history.strip(), "[core] history in " + config.where(section, "history"),
          "expected off or a JDBC URL such as jdbc:sqlite:/path/to/history.db");
    }
  }
}
