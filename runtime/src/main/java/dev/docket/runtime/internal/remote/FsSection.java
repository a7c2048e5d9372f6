package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.config.ConfigSection;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code [fs.<name>]}: a file system of {@code RemoteFileTarget}s ({@link FsSettings}). Its keys
 * are the common ones and every installed protocol's own; which of those a section may use
 * depends on its protocol, which {@link #check} sees.
 */
public final class FsSection implements ConfigSection {
  @Override
  public String name() {
    return FsSettings.PREFIX + "<name>";
  }

  @Override
  public List<String> keys() {
    List<String> keys = new ArrayList<>(FsSettings.COMMON_KEYS);
    for (StorageProvider provider : StorageProviders.load().all()) {
      provider.options().stream().filter(key -> !keys.contains(key)).forEach(keys::add);
    }
    return keys;
  }

  @Override
  public void check(DocketConfig config, String section) {
    FsSettings settings = FsSettings.read(config, section, StorageProviders.load());
    settings.provider().check(config, section);
  }
}
