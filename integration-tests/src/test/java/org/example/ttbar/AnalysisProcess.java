package org.example.ttbar;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
  private final Map<String, String> environment = new LinkedHashMap<>();
  private final List<Path> pathFirst = new ArrayList<>();

  public AnalysisProcess(Path workDir) {
    this.workDir = workDir;
  }

  /**
   * Puts {@code directory} before the inherited {@code PATH} of every later run, as a user's
   * shell would for a batch system's tools (e.g. HTCondor's wrappers or a stand-in {@code bsub}).
   */
  public AnalysisProcess withPathFirst(Path directory) {
    pathFirst.add(directory);
    return this;
  }

  /** Sets {@code name} in the environment of every later run. */
  public AnalysisProcess withEnvironment(String name, String value) {
    environment.put(name, value);
    return this;
  }

  private ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    Map<String, String> env = builder.environment();
    env.remove("DOCKET_CONFIG");
    env.putAll(environment);
    if (!pathFirst.isEmpty()) {
      List<String> path = new ArrayList<>(pathFirst.stream().map(Path::toString).toList());
      path.add(env.getOrDefault("PATH", "/usr/bin:/bin"));
      env.put("PATH", String.join(File.pathSeparator, path));
    }
    return builder;
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
    ProcessBuilder builder = builder(command(args));
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
    List<String> command = command(args);
    ProcessBuilder builder = builder(command);
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
