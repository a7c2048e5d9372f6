package dev.docket.runtime.internal.remote;

import dev.docket.runtime.internal.store.StagedOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stream of a remote file being written: into a local temporary file (in the cache's
 * directory, which the user sized for files like it), uploaded when the stream is closed
 * without error ({@link StagedOutput}'s rule, as for local outputs). A stream that fails, is
 * aborted or is never closed uploads nothing; the local file goes either way.
 */
public final class RemoteUpload extends StagedOutput {
  private final RemoteFs fs;
  private final String path;
  private final Path local;

  private RemoteUpload(RemoteFs fs, String path, Path local) throws IOException {
    super(Files.newOutputStream(local));
    this.fs = fs;
    this.path = path;
    this.local = local;
  }

  /** A stream whose content replaces {@code path} of {@code fs} when it is closed. */
  public static OutputStream open(RemoteFs fs, String path) throws IOException {
    Path directory = fs.cache().root().resolve("uploads");
    Files.createDirectories(directory);
    Path local = Files.createTempFile(directory, "upload-", ".tmp");
    try {
      return new RemoteUpload(fs, path, local);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(local);
      throw e;
    }
  }

  @Override
  protected void commit() throws IOException {
    try {
      fs.upload(local, path);
      fs.cache().forget(path);
    } finally {
      Files.deleteIfExists(local);
    }
  }

  @Override
  protected void discard() throws IOException {
    Files.deleteIfExists(local);
  }
}
