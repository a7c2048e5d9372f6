package org.example.ttbar;

import dev.docket.runtime.LocalFileTarget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * Appends one line per executed task to {@code executions.log} in the store, so that the
 * integration tests can count how often each task really ran.
 */
final class Audit {
  private Audit() {}

  static synchronized void ran(String what) throws IOException {
    Files.write(
        LocalFileTarget.of("executions.log").path(),
        (what + "\n").getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }
}
