package dev.docket.backends.s3;

import dev.docket.runtime.spi.storage.StorageException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

/**
 * An object's body that fails at its end unless it had every byte the response announced: the
 * JDK's HTTP client ends a body whose connection broke off like a complete one, and the SDK does
 * not count (checked here: a download through a proxy that cuts answers short came back short,
 * without an error).
 */
final class WholeBody extends FilterInputStream {
  private final URI url;
  private final long expected;
  private long read;

  WholeBody(InputStream in, URI url, long expected) {
    super(in);
    this.url = url;
    this.expected = expected;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b < 0) {
      atEnd();
    } else {
      read++;
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int off, int len) throws IOException {
    int n = super.read(buffer, off, len);
    if (n < 0) {
      atEnd();
    } else {
      read += n;
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    read += skipped;
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void atEnd() throws StorageException {
    if (read != expected) {
      throw new StorageException(StorageException.Kind.TRANSIENT, url, url + ": the download broke off after "
          + read + " of " + expected + " bytes");
    }
  }
}
