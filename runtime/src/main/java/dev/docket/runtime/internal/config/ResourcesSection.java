package dev.docket.runtime.internal.config;

import dev.docket.runtime.spi.config.ConfigSection;
import java.util.List;

/**
 * {@code [resources]}: the limit of each resource that tasks hold while they run, any name. The
 * limits are checked as they are read ({@link ExecutionConfig.Reader}).
 */
public final class ResourcesSection implements ConfigSection {
  static final String NAME = "resources";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<String> keys() {
    return List.of("<name>");
  }
}
