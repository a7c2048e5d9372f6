package dev.docket.runtime.spi.batch;

import dev.docket.runtime.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a command line tool with a timeout, for backends: a batch system's (sbatch, squeue...)
 * or a storage protocol's (gfal-stat, gfal-copy...). Argument lists only, never a shell; the
 * output goes to temporary files, so a long listing cannot fill a pipe and stall the tool.
 */
public final class Commands {
  private Commands() {}

  /** The tool ran past its time limit and was killed. */
  public static final class TimedOut extends IOException {
    TimedOut(String message) {
      super(message);
    }
  }

  /** What a command printed and its exit status. */
  public record Result(int exitCode, String stdout, String stderr) {
    public boolean ok() {
      return exitCode == 0;
    }
  }

  /**
   * Checks, before anything is submitted, that the batch system's {@code tools} are on
   * {@code PATH}; the first missing one is bad input (exit status 2) that names it and
   * {@code fix}, instead of a failed submission after the workflow was planned.
   *
   * @param system the batch system's name in the message, e.g. {@code LSF}
   * @param workflow the {@code --workflow} value, e.g. {@code lsf}
   * @param fix what the user does about it, e.g. {@code run on a login node of your cluster}
   */
  public static void requireOnPath(String system, String workflow, List<String> tools, String fix) {
    for (String tool : tools) {
      if (!onPath(tool)) {
        throw new BadInputException("--workflow " + workflow + " needs " + system + "'s " + tool
            + ", which is not on PATH; " + fix);
      }
    }
  }

  private static boolean onPath(String tool) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A tool that could not be started at all: a missing one is the user's to fix (exit status 2,
   * named with the fix), not a failure to retry. The JDK says only "Cannot run program ...:
   * error=2, No such file or directory".
   */
  static BadInputException cannotRun(String tool, IOException e) {
    String why = e.getCause() != null ? e.getCause().getMessage() : e.getMessage();
    if (why != null && why.contains("error=2,")) {
      return new BadInputException("cannot run " + tool + ": it is not installed or not on PATH ("
          + System.getenv().getOrDefault("PATH", "") + "); install it, or put its directory on PATH");
    }
    if (why != null && why.contains("error=13,")) {
      return new BadInputException("cannot run " + tool + ": permission denied; make it executable"
          + " (chmod +x) or put the right " + tool + " first on PATH");
    }
    return new BadInputException("cannot run " + tool + ": " + why);
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
    return run(command, input, Map.of(), timeout);
  }

  /**
   * Runs {@code command} with {@code environment} added to this process's own (a storage tool's
   * {@code TZ=UTC}, a proxy file); kills it and throws {@link TimedOut} after {@code timeout}.
   */
  public static Result run(List<String> command, Map<String, String> environment, Duration timeout)
      throws IOException, InterruptedException {
    return run(command, Path.of("/dev/null"), environment, timeout, false);
  }

  /**
   * Runs {@code command} like {@link #run(List, Map, Duration)}, but stops it only when it has
   * read or written no byte for {@code idle} (its progress read from {@code /proc/<pid>/io}): a
   * copy of a large file over a slow link is not cut off while its data flows, and one that
   * hangs is. Where {@code /proc} cannot be read, {@code idle} bounds the whole run.
   */
  public static Result runWhileBusy(List<String> command, Map<String, String> environment,
      Duration idle) throws IOException, InterruptedException {
    return run(command, Path.of("/dev/null"), environment, idle, true);
  }

  private static Result run(List<String> command, Path input, Map<String, String> environment,
      Duration timeout) throws IOException, InterruptedException {
    return run(command, input, environment, timeout, false);
  }

  private static Result run(List<String> command, Path input, Map<String, String> environment,
      Duration timeout, boolean whileBusy) throws IOException, InterruptedException {
    Path out = Files.createTempFile("docket-cmd", ".out");
    Path err = Files.createTempFile("docket-cmd", ".err");
    try {
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(input.toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().putAll(environment);
      Process process;
      try {
        process = builder.start();
      } catch (IOException e) {
        throw cannotRun(command.get(0), e);
      }
      boolean finished;
      try {
        finished = whileBusy ? IdleWatch.waitFor(process, timeout)
            : process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        process.destroyForcibly();
        throw e;
      }
      if (!finished) {
        process.destroyForcibly().waitFor();
        throw new TimedOut(command.get(0) + " did not answer within " + timeout.toSeconds() + " s");
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
