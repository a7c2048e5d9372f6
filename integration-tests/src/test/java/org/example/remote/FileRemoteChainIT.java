package org.example.remote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@link RemoteChainContract} on the built-in {@code file://} protocol: a directory standing for
 * a shared file system that every job's machine mounts.
 */
class FileRemoteChainIT extends RemoteChainContract {
  @Override
  protected String base() {
    try {
      return Files.createDirectories(store.resolveSibling(store.getFileName() + "-remote"))
          .toUri().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
