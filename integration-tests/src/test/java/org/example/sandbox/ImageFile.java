package org.example.sandbox;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Copies the file that only the container sandboxes' test image has (scripts/sandbox-image.sh)
 * into its output. The tests' docket.cfg gives it its sandbox ({@code [ImageFile] sandbox}). With
 * {@code --sleep-ms} it stops half-way through writing its output, after saying so in a file
 * next to it, for a test to kill its container there.
 */
@Task
class ImageFile {
  static final Path IN_IMAGE = Path.of("/opt/docket-test/only-in-image.txt");

  @Param(defaultValue = "a") String name;

  @Param(defaultValue = "0", significant = false) long sleepMs;

  @Output
  LocalFileTarget copy() {
    return LocalFileTarget.of("sandbox", "image-" + name + ".txt");
  }

  void run() throws Exception {
    String seen = Files.exists(IN_IMAGE) ? Files.readString(IN_IMAGE).strip() : "absent";
    System.out.println("ImageFile sees " + seen);
    try (Writer out = copy().newWriter()) {
      out.write("image=" + seen + "\n");
      out.flush();
      if (sleepMs > 0) {
        Path started = copy().path().resolveSibling("image-" + name + ".started");
        Files.writeString(started, String.valueOf(ProcessHandle.current().pid()));
        Thread.sleep(sleepMs);
      }
      out.write("complete\n");
    }
  }
}
