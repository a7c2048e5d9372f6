package dev.docket.runtime.internal.batch;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.JobFile;
import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code [job]}: how the jobs of workflows are polled and written ({@link JobSettings}). */
public final class JobSection implements ConfigSection {
  @Override
  public String name() {
    return JobSettings.SECTION;
  }

  @Override
  public List<String> keys() {
    return JobSettings.KEYS;
  }

  /**
   * The values, and the job templates: read and rendered once now, as they would be when the
   * first workflow is submitted, perhaps after hours of other tasks.
   */
  @Override
  public void check(DocketConfig config, String section) {
    JobSettings settings = JobSettings.read(config);
    settings.template().ifPresent(file -> checkTemplate(config, section, "template", file));
    settings.familyTemplates().forEach((family, file) ->
        checkTemplate(config, section, "template." + family, file));
  }

  private static void checkTemplate(DocketConfig config, String section, String key, Path file) {
    try {
      String text = JobFile.template(Optional.of(file));
      JobFile.render(text, "", "", Map.of(), Path.of("/"), List.of());
    } catch (BadInputException e) {
      throw new BadInputException(
          "[" + section + "] " + key + " in " + config.where(section, key) + ": " + e.getMessage());
    }
  }
}
