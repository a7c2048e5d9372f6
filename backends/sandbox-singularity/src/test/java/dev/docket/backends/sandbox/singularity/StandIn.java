package dev.docket.backends.sandbox.singularity;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The stand-in {@code singularity} of the test resources (bubblewrap over a directory image),
 * made executable: resources are copied without their mode.
 */
final class StandIn {
  private StandIn() {}

  static Path program() throws IOException, URISyntaxException {
    Path script = Path.of(StandIn.class.getResource("/stand-in/singularity").toURI());
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
    return script;
  }
}
