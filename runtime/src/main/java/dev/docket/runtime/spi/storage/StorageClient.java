package dev.docket.runtime.spi.storage;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Single requests against one base of a remote storage. Every URL it is given lies under that
 * base (the runtime checks it before it asks). Methods are called from several threads at once.
 * A request that fails throws a {@link StorageException} saying whether it may be retried; the
 * runtime retries, fails over and caches, so a client does none of that itself.
 */
public interface StorageClient extends Closeable {
  /** The file or directory at {@code url}; empty when there is nothing there. */
  Optional<RemoteEntry> stat(URI url) throws IOException;

  /**
   * The entries directly inside the directory {@code url}, in any order, temporary files of
   * uploads ({@link StorageNames#isTemporary}) included with their times: the runtime hides them
   * and removes those a dead task left long ago. An empty list when the directory does not exist. One request where the protocol allows: the runtime checks the existence of
   * a workflow's ten thousand outputs with one listing per directory.
   */
  List<RemoteEntry> list(URI directory) throws IOException;

  /** Copies the file at {@code url} to {@code local}, replacing it. */
  void download(URI url, Path local) throws IOException;

  /**
   * Makes {@code url} hold the bytes of {@code local}, atomically: until the call returns, a
   * reader sees the old file or none, never a part (upload under {@link
   * StorageNames#temporary(URI)}, then move; or a protocol's own atomic commit). Creates missing
   * parent directories. A failed upload leaves no temporary file when it can help it.
   */
  void upload(Path local, URI url) throws IOException;

  /** Removes the file at {@code url}; nothing when there is none. */
  void delete(URI url) throws IOException;

  /** Removes the directory at {@code url} with everything in it; nothing when there is none. */
  void deleteTree(URI url) throws IOException;

  /** Creates the directory {@code url} and its missing parents. */
  void mkdirs(URI url) throws IOException;

  /**
   * A stream of the file at {@code url}. The default downloads it to a temporary file first,
   * which a protocol that can stream overrides.
   */
  default InputStream open(URI url) throws IOException {
    Path local = Files.createTempFile("docket-download-", ".tmp");
    try {
      download(url, local);
      return new TemporaryFileStream(local);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(local);
      throw e;
    }
  }

  @Override
  default void close() throws IOException {}
}
