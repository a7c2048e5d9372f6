package dev.docket.backends.pbs;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Declares {@code [pbs]} to the check of {@code docket.cfg}, so that it is a known section and
 * its keys and values are checked before anything runs, also when a run does not use {@code
 * --workflow pbs}.
 */
@AutoService(ConfigSection.class)
public final class PbsSection implements ConfigSection {
  @Override
  public String name() {
    return PbsSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return PbsSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    PbsScript.check(PbsSettings.read(config));
  }
}
