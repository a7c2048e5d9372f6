package dev.docket.backends.sandbox.bwrap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the live tests run inside the sandbox: copies a file of the root into the store. */
public final class Probe {
  private Probe() {}

  public static void main(String[] args) throws IOException {
    Files.writeString(Path.of(args[1]), Files.readString(Path.of(args[0])));
  }
}
