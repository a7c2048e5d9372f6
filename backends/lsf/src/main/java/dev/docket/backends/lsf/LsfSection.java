package dev.docket.backends.lsf;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Declares {@code [lsf]} to the check of {@code docket.cfg}, so that its keys and values are
 * checked before anything runs, also when a run does not use {@code --workflow lsf}.
 */
@AutoService(ConfigSection.class)
public final class LsfSection implements ConfigSection {
  @Override
  public String name() {
    return LsfSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return LsfSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    LsfSettings.read(config);
  }
}
