package dev.docket.runtime.batch;

import dev.docket.runtime.config.ConfigSection;
import dev.docket.runtime.config.DocketConfig;
import java.util.List;

/** {@code [job]}: how the jobs of workflows are polled and written ({@link JobSettings}). */
public final class JobSection implements ConfigSection {
  @Override
  public String name() {
    return JobSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return List.of("poll-interval", "acceptance", "template", "template.<Family>");
  }

  @Override
  public void check(DocketConfig config, String section) {
    JobSettings.read(config);
  }
}
