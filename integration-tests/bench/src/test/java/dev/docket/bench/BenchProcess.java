package dev.docket.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Starts the benchmark analysis's generated main as a separate {@code java} process. */
final class BenchProcess {
  private BenchProcess() {}

  static String classPath() throws IOException {
    String classes = System.getProperty("bench.classes");
    String dependencies =
        Files.readString(Path.of(System.getProperty("bench.classpath.file"))).trim();
    return classes + File.pathSeparator + dependencies;
  }

  /** Starts {@code BenchMain args...} in {@code workDir}; output goes to {@code log}. */
  static Process start(Path workDir, Path log, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx200m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(classPath());
    command.add("dev.docket.bench.BenchMain");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile());
    builder.environment().remove("DOCKET_CONFIG");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return builder.start();
  }

  /** Waits at most two minutes; returns the exit status. */
  static int await(Process process) throws InterruptedException {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("a benchmark process did not finish within 120 s");
    }
    return process.exitValue();
  }
}
