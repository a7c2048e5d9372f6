package dev.docket.backends.sandbox.docker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the live tests run inside a container: copies a file of the image into the store. */
public final class Probe {
  private Probe() {}

  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[1]), Files.readString(Path.of(args[0])));
  }
}
