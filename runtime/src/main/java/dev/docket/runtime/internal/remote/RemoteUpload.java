package dev.docket.runtime.internal.remote;

import dev.docket.runtime.internal.store.AbortableOutput;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The stream of a remote file being written: into a local temporary file (in the cache's
 * directory, which the user sized for files like it), uploaded when the stream is closed
 * without error. A stream that fails, is aborted or is never closed uploads nothing.
 */
public final class RemoteUpload extends FilterOutputStream implements AbortableOutput {
  private final RemoteFs fs;
  private final String path;
  private final Path local;
  private boolean failed;
  private boolean closed;

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
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException | RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  /** Drops what was written: nothing is uploaded, and the local file is removed. */
  @Override
  public void abort() {
    failed = true;
    try {
      close();
    } catch (IOException e) {
      // nothing of it reaches the storage; a local file left behind sits in the cache's uploads
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
      if (!failed) {
        fs.upload(local, path);
        fs.cache().forget(path);
      }
    } finally {
      Files.deleteIfExists(local);
    }
  }
}
