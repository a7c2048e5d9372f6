package dev.docket.runtime.spi.storage;

import java.io.FilterInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A stream of a downloaded temporary file that removes the file when it is closed. */
final class TemporaryFileStream extends FilterInputStream {
  private final Path file;

  TemporaryFileStream(Path file) throws IOException {
    super(Files.newInputStream(file));
    this.file = file;
  }

  @Override
  public void close() throws IOException {
    try {
      super.close();
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
