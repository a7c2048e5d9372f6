package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/** {@code [sandbox]}: the switch and the extra volumes of every sandbox ({@link SandboxSettings}). */
public final class SandboxSection implements ConfigSection {
  @Override
  public String name() {
    return SandboxSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return SandboxSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    SandboxSettings.read(config);
  }
}
