package dev.docket.runtime.internal.config;

import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/** {@code [resources]}: the limit of each resource that tasks hold while they run, any name. */
public final class ResourcesSection implements ConfigSection {
  @Override
  public String name() {
    return "resources";
  }

  @Override
  public List<String> keys() {
    return List.of("<name>");
  }

  @Override
  public void check(DocketConfig config, String section) {
    ResourceLimits.read(config);
  }
}
