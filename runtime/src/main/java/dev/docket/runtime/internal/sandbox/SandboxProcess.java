package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * One started {@link SandboxCommand}: its output (standard error merged in) goes line by line
 * into the task's log on a thread of its own (its report lines to the task's context instead), so that the caller waits interruptibly; an
 * interrupt (a timeout, a stopped run) runs the sandbox's stop command and kills the process
 * and its children.
 */
final class SandboxProcess {
  /** How long a stop command, and then the killed process, may take. */
  private static final long STOP_SECONDS = 10;

  /** What the command ended with: its exit status and its last line of output, for messages. */
  record Ending(int status, String lastLine) {}

  private SandboxProcess() {}

  static Ending run(SandboxCommand command, Path directory, TaskContext context)
      throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command.command())
        .directory(directory.toFile())
        .redirectErrorStream(true)
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    builder.environment().clear();
    builder.environment().putAll(command.environment());
    Process process = builder.start();
    String[] last = {""};
    Thread pump = new Thread(() -> pump(process, context, last), "docket-sandbox-log-" + process.pid());
    pump.setDaemon(true);
    pump.start();
    try {
      int status = process.waitFor();
      pump.join(TimeUnit.SECONDS.toMillis(STOP_SECONDS)); // the last lines, still in the pipe
      synchronized (last) {
        return new Ending(status, last[0]);
      }
    } catch (InterruptedException e) {
      stop(command, process);
      throw e;
    }
  }

  private static void pump(Process process, TaskContext context, String[] last) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (ReportLines.apply(line, context)) {
          continue; // the task's status or progress, for the scheduler (ReportLines)
        }
        context.log(line);
        if (!line.isBlank()) {
          synchronized (last) {
            last[0] = line.strip();
          }
        }
      }
    } catch (IOException e) {
      // the process was killed: nothing more to read
    }
  }

  private static void stop(SandboxCommand command, Process process) {
    if (!command.stop().isEmpty()) {
      try {
        // Its output and status do not matter: only that it ends, or is killed, in time.
        Commands.run(command.stop(), Duration.ofSeconds(STOP_SECONDS));
      } catch (IOException e) {
        // the process is killed below all the same (also when the stop command timed out)
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    // SIGTERM first: the task's JVM removes its unfinished temporary files on the way out.
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }
}
