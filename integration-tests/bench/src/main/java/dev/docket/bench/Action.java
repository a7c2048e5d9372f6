package dev.docket.bench;

import dev.docket.runtime.LocalFileTarget;
import java.io.IOException;

/**
 * What every benchmark task does, chosen by its {@code action} parameter (not significant, so it
 * does not change a task's identity).
 *
 * <ul>
 *   <li>{@code shell}: the peer kit's action, {@code /bin/sh -c 'echo x > out/<task>.txt'}, one
 *       process per task as make and ninja spawn it (the headline figure);
 *   <li>{@code inproc}: the same content written from the JVM, atomically (reported separately
 *       as {@code docket-inproc}).
 * </ul>
 */
final class Action {
  static final String DEFAULT = "shell";

  private Action() {}

  static void perform(String action, String task, LocalFileTarget output)
      throws IOException, InterruptedException {
    switch (action) {
      case "shell" -> shell(task);
      case "inproc" -> output.writeString("x\n");
      default -> throw new IllegalArgumentException(
          "unknown action '" + action + "': use shell or inproc");
    }
  }

  private static void shell(String task) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("/bin/sh", "-c", "echo x > out/" + task + ".txt")
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    int status = process.waitFor();
    if (status != 0) {
      throw new IOException("/bin/sh exited with " + status + " for " + task);
    }
  }

  /** The output of {@code task}, {@code out/<task>.txt} under the store (the working directory). */
  static LocalFileTarget output(String task) {
    return LocalFileTarget.of("out", task + ".txt");
  }
}
