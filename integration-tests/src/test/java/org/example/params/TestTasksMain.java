package org.example.params;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The generated main of the test tasks ({@code org.example.params.ParamsMain}) as a separate
 * {@code java} process: the one way the integration tests start it, with the test tasks, the
 * analysis and its class path, in a directory of the test's, without the outer DOCKET_CONFIG.
 */
public final class TestTasksMain {
  private TestTasksMain() {}

  /** {@code java -cp <test tasks and analysis> ParamsMain <args>} in {@code dir}, not started. */
  public static ProcessBuilder builder(Path dir, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath(),
        "org.example.params.ParamsMain"));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().remove("DOCKET_CONFIG");
    return builder;
  }

  /** Runs {@code builder} to its end, at most {@code seconds}, and takes its two outputs. */
  public static Result run(ProcessBuilder builder, long seconds)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("params-main-out", ".txt");
    Path err = Files.createTempFile("params-main-err", ".txt");
    try {
      builder.redirectOutput(out.toFile()).redirectError(err.toFile());
      Process process = builder.start();
      if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "ParamsMain did not finish within " + seconds + " s: " + builder.command());
      }
      return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The test classes, the analysis's classes and its dependencies. */
  static String classPath() throws IOException {
    Path classes = Path.of(System.getProperty("analysis.classes"));
    return classes.resolveSibling("test-classes") + File.pathSeparator + classes
        + File.pathSeparator
        + Files.readString(Path.of(System.getProperty("analysis.classpath.file"))).trim();
  }

  /** How a run of the main ended. */
  public record Result(int status, String out, String err) {
    public String output() {
      return out + err;
    }

    @Override
    public String toString() {
      return "exit " + status + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }
}
