package org.example.interrupt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.example.params.TestTasksMain;

/**
 * The generated main of the test tasks ({@code org.example.params.ParamsMain}) as a separate
 * {@code java} process in {@code dir}, its standard output and error going to one file, so that
 * a test can signal it while a task runs.
 */
final class TestTasksProcess {
  final Process process;
  final Path log;

  private TestTasksProcess(Process process, Path log) {
    this.process = process;
    this.log = log;
  }

  static TestTasksProcess start(Path dir, String... args) throws IOException {
    ProcessBuilder builder = TestTasksMain.builder(dir, args);
    if (envResetsSignals()) {
      // A test run from a background shell inherits an ignored SIGINT, which the JVM keeps.
      builder.command().addAll(0, List.of("env", "--default-signal=INT,TERM"));
    }
    Path log = Files.createTempFile(dir.getParent(), "docket-out", ".txt");
    builder.redirectOutput(log.toFile()).redirectErrorStream(true);
    return new TestTasksProcess(builder.start(), log);
  }

  /** Runs to the end (at most two minutes). */
  static TestTasksProcess run(Path dir, String... args) throws Exception {
    TestTasksProcess p = start(dir, args);
    p.awaitExit();
    return p;
  }

  private static Boolean envResets;

  private static synchronized boolean envResetsSignals() {
    if (envResets == null) {
      try {
        Process env = new ProcessBuilder("env", "--default-signal=INT", "true").start();
        envResets = env.waitFor(30, TimeUnit.SECONDS) && env.exitValue() == 0;
      } catch (IOException | InterruptedException e) {
        envResets = false;
      }
    }
    return envResets;
  }

  /** Whether the process ignores SIGINT (it then cannot be interrupted with it). */
  boolean ignoresSigint() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))) {
      if (line.startsWith("SigIgn:")) {
        return (Long.parseLong(line.substring(7).strip(), 16) & 0b10) != 0;
      }
    }
    return false;
  }

  void signal(String name) throws Exception {
    Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).start();
    kill.waitFor(30, TimeUnit.SECONDS);
  }

  int awaitExit() throws Exception {
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the process did not end within 120 s:\n" + output());
    }
    return process.exitValue();
  }

  String output() throws IOException {
    return Files.readString(log, StandardCharsets.UTF_8);
  }

  /** Waits until the output contains {@code text}. */
  void awaitOutput(String text) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!output().contains(text)) {
      if (System.nanoTime() > deadline || !process.isAlive()) {
        throw new AssertionError("no \"" + text + "\" in the output:\n" + output());
      }
      Thread.sleep(20);
    }
  }

  /** Waits until a temporary file appears in {@code dir}: a task is writing there. */
  static Path awaitTemp(Path dir, TestTasksProcess writer) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      List<Path> temps = temps(dir);
      if (!temps.isEmpty()) {
        return temps.get(0);
      }
      if (System.nanoTime() > deadline || !writer.process.isAlive()) {
        throw new AssertionError("no temporary file appeared in " + dir + ":\n" + writer.output());
      }
      Thread.sleep(20);
    }
  }

  /** Every {@code .docket-tmp-*} file under {@code dir}. */
  static List<Path> temps(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> all = Files.walk(dir)) {
      return all.filter(p -> p.getFileName().toString().startsWith(".docket-tmp-")).toList();
    }
  }
}
