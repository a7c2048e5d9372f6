package dev.docket.runtime.internal.remote;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A storage protocol answered by the test's own code, for the tests of what the runtime does
 * around a protocol (retries, failover, opening and closing clients): a provider of one scheme
 * whose clients the test makes, each a {@link Client} with only the requests it watches
 * overridden, and file systems over it with no pause between attempts.
 */
abstract class StubStorage implements StorageProvider {
  private final String scheme;

  StubStorage(String scheme) {
    this.scheme = scheme;
  }

  @Override
  public String name() {
    return scheme;
  }

  @Override
  public Set<String> schemes() {
    return Set.of(scheme);
  }

  @Override
  public List<String> options() {
    return List.of();
  }

  /** The file system {@code name} over {@code bases}, its cache in {@code cache}. */
  RemoteFs fs(String name, int retries, Path cache, URI... bases) {
    return new RemoteFs(new FsSettings(name, List.of(bases), this, retries, Duration.ZERO,
        cache, 1 << 20, Duration.ZERO, new StorageSettings(name, Duration.ofSeconds(1), Map.of())));
  }

  /** A client with nothing stored that accepts every change. */
  static class Client implements StorageClient {
    @Override
    public Optional<RemoteEntry> stat(URI url) throws IOException {
      return Optional.empty();
    }

    @Override
    public List<RemoteEntry> list(URI directory) throws IOException {
      return List.of();
    }

    @Override
    public void download(URI url, Path local) throws IOException {}

    @Override
    public void upload(Path local, URI url) throws IOException {}

    @Override
    public void delete(URI url) throws IOException {}

    @Override
    public void deleteTree(URI url) throws IOException {}

    @Override
    public void mkdirs(URI url) throws IOException {}
  }
}
