package dev.docket.runtime.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** {@link Formats#BYTES}: the file's bytes. */
final class BytesFormat implements Format<byte[]> {
  @Override
  public byte[] read(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  @Override
  public void write(byte[] value, OutputStream out) throws IOException {
    out.write(value);
  }

  @Override
  public String name() {
    return "bytes";
  }
}
