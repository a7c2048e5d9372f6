package dev.docket.bench;

import dev.docket.runtime.Command;
import dev.docket.runtime.LocalFileTarget;
import java.io.IOException;

/**
 * What every benchmark task does, chosen by its {@code action} parameter (not significant, so it
 * does not change a task's identity).
 *
 * <ul>
 *   <li>{@code shell}: the peer kit's action, {@code /bin/sh -c 'echo x > out/<task>.txt'}, one
 *       process per task as make and ninja spawn it, started with {@link Command} (the headline
 *       figure);
 *   <li>{@code inproc}: the same content written from the JVM, atomically (reported separately
 *       as {@code docket-inproc});
 *   <li>{@code payload}: for the crash and concurrency tests, {@link #payload} written in many
 *       small pieces (so that a kill can land in the middle), and one line {@code <task>
 *       <pid>} appended to {@code executions.log}.
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
      case "payload" -> payload(task, output);
      default -> throw new IllegalArgumentException(
          "unknown action '" + action + "': use shell, inproc or payload");
    }
  }

  /** The content a {@code payload} task writes: about 26 kB, its name first and last. */
  static String payload(String task) {
    StringBuilder text = new StringBuilder(task).append('\n');
    for (int line = 0; line < 400; line++) {
      text.append(line).append(" 0123456789abcdefghijklmnopqrstuvwxyz0123456789abcdefghijklmnop\n");
    }
    return text.append("end ").append(task).append('\n').toString();
  }

  private static void payload(String task, LocalFileTarget output) throws IOException {
    try (java.io.Writer out = output.newWriter()) {
      for (String line : payload(task).split("(?<=\n)")) {
        out.write(line);
        out.flush(); // many small writes: a kill may land between any two
      }
    }
    java.nio.file.Files.writeString(
        java.nio.file.Path.of("executions.log"),
        task + " " + ProcessHandle.current().pid() + "\n",
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  /** The kit's command, through the API a task that runs programs uses. */
  private static void shell(String task) throws IOException, InterruptedException {
    Command.of("/bin/sh", "-c", "echo x > out/" + task + ".txt").run();
  }

  /** The output of {@code task}, {@code out/<task>.txt} under the store (the working directory). */
  static LocalFileTarget output(String task) {
    return LocalFileTarget.of("out", task + ".txt");
  }
}
