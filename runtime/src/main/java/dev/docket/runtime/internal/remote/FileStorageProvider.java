package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * {@code file://} URLs: a directory of this machine, typically a shared file system mounted on
 * every machine that runs jobs (or a local one, to try a remote setup without a server). Built
 * in, so that everything remote storage does can be used and tested with no backend.
 */
public final class FileStorageProvider implements StorageProvider {
  @Override
  public String name() {
    return "file";
  }

  @Override
  public Set<String> schemes() {
    return Set.of("file");
  }

  @Override
  public List<String> options() {
    return List.of();
  }

  @Override
  public StorageClient open(StorageSettings settings, URI base) {
    return new FileStorageClient();
  }
}
