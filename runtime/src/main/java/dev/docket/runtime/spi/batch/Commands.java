package dev.docket.runtime.spi.batch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a batch system's command line tool (sbatch, squeue...) with a timeout; for backends. */
public final class Commands {
  private Commands() {}

  /** What a command printed and its exit status. */
  public record Result(int exitCode, String stdout, String stderr) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /** Runs {@code command}; kills it and throws after {@code timeout}. */
  public static Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
    return run(command, Path.of("/dev/null"), timeout);
  }

  /**
   * Runs {@code command} reading {@code input} as its standard input (LSF's {@code bsub} reads
   * its {@code #BSUB} script there); kills it and throws after {@code timeout}.
   */
  public static Result run(List<String> command, Path input, Duration timeout) throws IOException, InterruptedException {
    Path out = Files.createTempFile("docket-cmd", ".out");
    Path err = Files.createTempFile("docket-cmd", ".err");
    try {
      Process process =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(input.toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        throw new IOException(command.get(0) + " did not answer within " + timeout.toSeconds() + " s");
      }
      return new Result(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
