package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** File systems for the runtime's tests: {@code [fs.<name>]} sections installed as a run would. */
public final class TestRemote {
  private TestRemote() {}

  /** A configuration of {@code store} with the given sections (name without brackets). */
  public static DocketConfig config(Path store, Map<String, Map<String, String>> sections) {
    return new DocketConfig(Optional.empty(), store, OptionalInt.empty(), sections);
  }

  /**
   * Installs {@code [fs.<fs>]} with base {@code base} (a local directory as a file:// URL),
   * no retry delay and a cache under {@code store}, plus {@code extra} keys; close it after.
   */
  public static RemoteStorage install(Path store, String fs, Path base, String... extra) {
    Map<String, String> keys = new LinkedHashMap<>();
    keys.put("base", base.toUri().toString());
    keys.put("retry-delay", "0s");
    for (int i = 0; i + 1 < extra.length; i += 2) {
      keys.put(extra[i], extra[i + 1]);
    }
    return RemoteStorage.install(
        RemoteStorage.of(config(store, Map.of(FsSettings.section(fs), keys))));
  }
}
