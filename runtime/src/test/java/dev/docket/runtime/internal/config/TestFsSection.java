package dev.docket.runtime.internal.config;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Stands for a backend's sections in the runtime's tests: {@code [testfs.<name>]}, registered in
 * the tests' {@code META-INF/services} as a storage backend would register {@code [fs.<name>]}.
 */
public final class TestFsSection implements ConfigSection {
  @Override
  public String name() {
    return "testfs.<name>";
  }

  @Override
  public List<String> keys() {
    return List.of("base", "retries");
  }

  @Override
  public void check(DocketConfig config, String section) {
    if (config.section(section).getOrDefault("base", "").isBlank()) {
      throw new BadInputException(
          "[" + section + "] in " + config.where(section) + " needs base = <URL>");
    }
  }
}
