package dev.docket.backends.htcondor;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Declares {@code [htcondor]} to the check of {@code docket.cfg}, so that its keys and values are
 * checked before anything runs, also when a run does not use {@code --workflow htcondor}.
 */
@AutoService(ConfigSection.class)
public final class HTCondorSection implements ConfigSection {
  @Override
  public String name() {
    return HTCondorSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return HTCondorSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    HTCondorSettings.read(config);
  }
}
