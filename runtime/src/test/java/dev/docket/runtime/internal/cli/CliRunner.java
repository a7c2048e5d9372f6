package dev.docket.runtime.internal.cli;

import dev.docket.runtime.fixtures.More_TaskIndex;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.spi.TaskIndex;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Runs {@link DocketCli} in a working directory with captured streams. */
final class CliRunner {
  /** One finished invocation. */
  record Result(int status, String out, String err) {
    List<String> outLines() {
      return out.lines().toList();
    }
  }

  private final Path workingDirectory;
  private final Map<String, String> env = new HashMap<>();
  private Terminal terminal = Terminal.none();
  private TaskIndex index = new More_TaskIndex();

  CliRunner(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  CliRunner env(String name, String value) {
    env.put(name, value);
    return this;
  }

  /** Runs with the families of {@code index} in place of the fixtures'. */
  CliRunner index(TaskIndex index) {
    this.index = index;
    return this;
  }

  CliRunner terminal(Terminal terminal) {
    this.terminal = terminal;
    return this;
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status =
        DocketCli.run(
            index,
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new Environment(env, workingDirectory),
            terminal);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
