package dev.docket.backends.sandbox.bwrap;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/** Declares {@code [sandbox.bwrap]} to the check of {@code docket.cfg}. */
@AutoService(ConfigSection.class)
public final class BwrapSection implements ConfigSection {
  @Override
  public String name() {
    return BwrapSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return BwrapSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    BwrapSettings.read(config);
  }
}
