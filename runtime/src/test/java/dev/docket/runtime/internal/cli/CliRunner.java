package dev.docket.runtime.internal.cli;

import dev.docket.runtime.fixtures.More_TaskIndex;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.spi.TaskIndex;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs {@link DocketCli} in a working directory with captured streams. The streams are buffered
 * and never flush by themselves, so what a test reads is what {@code DocketCli.run} flushed: the
 * process's own streams are buffered too, and what is left in a buffer at exit is lost.
 */
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
  /** Standard output's bytes as far as they were flushed, of the run under way or the last. */
  private ByteArrayOutputStream shown = new ByteArrayOutputStream();

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

  /** What standard output showed so far, e.g. when the played user is asked a question. */
  String shownSoFar() {
    return shown.toString(StandardCharsets.UTF_8);
  }

  Result run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    shown = out;
    int status =
        DocketCli.run(
            index,
            args,
            buffered(out),
            buffered(err),
            new Environment(env, workingDirectory),
            terminal);
    return new Result(
        status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A stream that passes bytes on only when flushed (or past 1 MiB). */
  private static PrintStream buffered(ByteArrayOutputStream bytes) {
    return new PrintStream(new BufferedOutputStream(bytes, 1 << 20), false, StandardCharsets.UTF_8);
  }
}
