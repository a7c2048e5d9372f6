package dev.docket.runtime.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A user's own format, registered in this module's test resources
 * (META-INF/services/dev.docket.runtime.format.NamedFormat): text stored back to front.
 */
public final class ReversedText implements NamedFormat<String> {
  @Override
  public String name() {
    return "reversed";
  }

  @Override
  public String read(InputStream in) throws IOException {
    return new StringBuilder(new String(in.readAllBytes(), StandardCharsets.UTF_8))
        .reverse()
        .toString();
  }

  @Override
  public void write(String value, OutputStream out) throws IOException {
    out.write(new StringBuilder(value).reverse().toString().getBytes(StandardCharsets.UTF_8));
  }
}
