package dev.docket.backends.arc;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Declares {@code [arc]} to the check of {@code docket.cfg}, so that it is a known section and
 * its keys and values are checked before anything runs, also when a run does not use {@code
 * --workflow arc}.
 */
@AutoService(ConfigSection.class)
public final class ArcSection implements ConfigSection {
  @Override
  public String name() {
    return ArcSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return ArcSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    ArcSettings.read(config);
  }
}
