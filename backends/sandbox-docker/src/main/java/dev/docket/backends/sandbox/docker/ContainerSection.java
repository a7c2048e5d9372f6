package dev.docket.backends.sandbox.docker;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Declares {@code [sandbox.docker]} and {@code [sandbox.podman]} to the check of {@code
 * docket.cfg}: one section class per engine, as {@link java.util.ServiceLoader} makes each
 * with no arguments.
 */
abstract class ContainerSection implements ConfigSection {
  private final Engine engine;

  ContainerSection(Engine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return engine.section();
  }

  @Override
  public List<String> keys() {
    return ContainerSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    ContainerSettings.read(config, engine);
  }

  /** {@code [sandbox.docker]}. */
  @AutoService(ConfigSection.class)
  public static final class Docker extends ContainerSection {
    public Docker() {
      super(Engine.DOCKER);
    }
  }

  /** {@code [sandbox.podman]}. */
  @AutoService(ConfigSection.class)
  public static final class Podman extends ContainerSection {
    public Podman() {
      super(Engine.PODMAN);
    }
  }
}
