package dev.docket.backends.sandbox.bwrap;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.SettingsSection;
import dev.docket.runtime.spi.sandbox.SandboxSettingsReader;

/** Declares {@code [sandbox.bwrap]} to the check of {@code docket.cfg}. */
@AutoService(ConfigSection.class)
public final class BwrapSection extends SettingsSection {
  public BwrapSection() {
    super(SandboxSettingsReader.section(BwrapSettings.KIND), BwrapSettings.KEYS, BwrapSettings::read);
  }
}
