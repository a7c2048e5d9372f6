package dev.docket.backends.sandbox.singularity;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.SettingsSection;
import dev.docket.runtime.spi.sandbox.SandboxSettingsReader;

/**
 * Declares {@code [sandbox.singularity]} and {@code [sandbox.apptainer]} to the check of {@code
 * docket.cfg}: one section class per name, as {@link java.util.ServiceLoader} makes each with no
 * arguments.
 */
final class SingularitySection {
  private SingularitySection() {}

  /** {@code [sandbox.singularity]}. */
  @AutoService(ConfigSection.class)
  public static final class Singularity extends SettingsSection {
    public Singularity() {
      super(SandboxSettingsReader.section("singularity"), SingularitySettings.KEYS,
          config -> SingularitySettings.read(config, "singularity"));
    }
  }

  /** {@code [sandbox.apptainer]}. */
  @AutoService(ConfigSection.class)
  public static final class Apptainer extends SettingsSection {
    public Apptainer() {
      super(SandboxSettingsReader.section("apptainer"), SingularitySettings.KEYS,
          config -> SingularitySettings.read(config, "apptainer"));
    }
  }
}
