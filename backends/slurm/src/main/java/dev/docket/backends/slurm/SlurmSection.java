package dev.docket.backends.slurm;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.util.List;

/**
 * Declares {@code [slurm]} to the check of {@code docket.cfg}, so that it is a known section and
 * its keys and values are checked before anything runs, also when a run does not use {@code
 * --workflow slurm}.
 */
@AutoService(ConfigSection.class)
public final class SlurmSection implements ConfigSection {
  @Override
  public String name() {
    return SlurmSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return SlurmSettings.KEYS;
  }

  @Override
  public void check(DocketConfig config, String section) {
    SlurmSettings.read(config);
  }
}
