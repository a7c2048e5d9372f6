package dev.docket.runtime.internal.cli;

import dev.docket.runtime.fixtures.More_TaskIndex;
import dev.docket.runtime.internal.config.Environment;
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

  CliRunner(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  CliRunner env(String name, String value) {
    env.put(name, value);
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
            new More_TaskIndex(),
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            new Environment(env, workingDirectory),
            terminal);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
