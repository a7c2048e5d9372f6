package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.spi.config.SettingsSection;

/** {@code [sandbox]}: the switch and the extra volumes of every sandbox ({@link SandboxSettings}). */
public final class SandboxSection extends SettingsSection {
  public SandboxSection() {
    super(SandboxSettings.SECTION, SandboxSettings.KEYS, SandboxSettings::read);
  }
}
