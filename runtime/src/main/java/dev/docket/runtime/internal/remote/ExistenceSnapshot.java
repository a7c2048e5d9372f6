package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.RemoteEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the listings of some directories of one file system said, taken once while a graph is
 * planned: a stat of a file in one of them is answered from here instead of the storage. A
 * snapshot lives only as long as planning reads outputs ({@link RemoteOutputs#prefetch}); a
 * task that has run asks the storage again.
 */
public final class ExistenceSnapshot {
  /** The entries of each listed directory (relative path, {@code ""} for the base) by name. */
  private final Map<String, Map<String, RemoteEntry>> directories = new HashMap<>();

  void add(String directory, List<RemoteEntry> entries) {
    Map<String, RemoteEntry> byName = new HashMap<>(entries.size() * 2);
    entries.forEach(entry -> byName.put(entry.name(), entry));
    directories.put(directory, byName);
  }

  /** How many directories it holds. */
  public int size() {
    return directories.size();
  }

  /**
   * The entry at {@code path} when its directory was listed (empty inside: nothing there);
   * empty when the snapshot does not know.
   */
  Optional<Optional<RemoteEntry>> lookup(String path) {
    Map<String, RemoteEntry> listed = directories.get(RemotePaths.parent(path));
    if (listed == null) {
      return Optional.empty();
    }
    return Optional.of(Optional.ofNullable(listed.get(RemotePaths.name(path))));
  }
}
