package org.example.sandbox;

import dev.docket.annotations.Output;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Asks the {@code python3} it finds on its PATH where it lives: a venv's, in a venv sandbox. */
@Task
class VenvPython {
  @Output
  LocalFileTarget prefix() {
    return LocalFileTarget.of("sandbox", "python-prefix.txt");
  }

  void run() throws Exception {
    Process python = new ProcessBuilder(List.of("python3", "-c", "import sys; print(sys.prefix)"))
        .redirectErrorStream(true)
        .start();
    String printed = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (python.waitFor() != 0) {
      throw new IllegalStateException("python3 failed: " + printed);
    }
    prefix().writeString(printed.strip() + "\nVIRTUAL_ENV=" + System.getenv("VIRTUAL_ENV") + "\n");
  }
}
