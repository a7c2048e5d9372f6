package org.example.ttbar;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the sample analysis's generated main as a separate {@code java} process. */
public final class AnalysisProcess {
  /** What one run printed and returned. */
  public record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  private final Path workDir;

  public AnalysisProcess(Path workDir) {
    this.workDir = workDir;
  }

  static String classPath() throws IOException {
    String classes = System.getProperty("analysis.classes");
    String dependencies =
        Files.readString(Path.of(System.getProperty("analysis.classpath.file"))).trim();
    return classes + File.pathSeparator + dependencies;
  }

  /**
   * Starts the analysis without waiting, its output going to {@code out} (standard error
   * included); the caller must end it.
   */
  public Process start(Path out, String... args) throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command(args)).directory(workDir.toFile());
    builder.environment().remove("DOCKET_CONFIG");
    builder.redirectOutput(out.toFile()).redirectErrorStream(true);
    return builder.start();
  }

  private static List<String> command(String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath());
    command.add("org.example.ttbar.Main");
    command.addAll(List.of(args));
    return command;
  }

  public Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(classPath());
    command.add("org.example.ttbar.Main");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("DOCKET_CONFIG");
    Path out = Files.createTempFile("docket-out", ".txt");
    Path err = Files.createTempFile("docket-err", ".txt");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the analysis did not finish within 120 s: " + command);
    }
    Result result =
        new Result(
            process.exitValue(),
            Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    Files.delete(out);
    Files.delete(err);
    return result;
  }
}
