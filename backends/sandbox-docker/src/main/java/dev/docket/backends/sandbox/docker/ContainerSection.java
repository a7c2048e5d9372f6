package dev.docket.backends.sandbox.docker;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.SettingsSection;

/**
 * Declares {@code [sandbox.docker]} and {@code [sandbox.podman]} to the check of {@code
 * docket.cfg}: one section class per engine, as {@link java.util.ServiceLoader} makes each
 * with no arguments.
 */
final class ContainerSection {
  private ContainerSection() {}

  /** {@code [sandbox.docker]}. */
  @AutoService(ConfigSection.class)
  public static final class Docker extends SettingsSection {
    public Docker() {
      super(Engine.DOCKER.section(), ContainerSettings.KEYS, config -> ContainerSettings.read(config, Engine.DOCKER));
    }
  }

  /** {@code [sandbox.podman]}. */
  @AutoService(ConfigSection.class)
  public static final class Podman extends SettingsSection {
    public Podman() {
      super(Engine.PODMAN.section(), ContainerSettings.KEYS, config -> ContainerSettings.read(config, Engine.PODMAN));
    }
  }
}
