package dev.docket.backends.sandbox.singularity;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Declares {@code [sandbox.singularity]} and {@code [sandbox.apptainer]} to the check of {@code
 * docket.cfg}: one section class per name, as {@link java.util.ServiceLoader} makes each with no
 * arguments.
 */
abstract class SingularitySection implements ConfigSection {
  private final String kind;

  SingularitySection(String kind) {
    this.kind = kind;
  }

  @Override
  public String name() {
    return SingularitySettings.section(kind);
  }

  @Override
  public List<String> keys() {
    return SingularitySettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    SingularitySettings.read(config, kind);
  }

  /** {@code [sandbox.singularity]}. */
  @AutoService(ConfigSection.class)
  public static final class Singularity extends SingularitySection {
    public Singularity() {
      super("singularity");
    }
  }

  /** {@code [sandbox.apptainer]}. */
  @AutoService(ConfigSection.class)
  public static final class Apptainer extends SingularitySection {
    public Apptainer() {
      super("apptainer");
    }
  }
}
