package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.graph.DotWriter;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.batch.Commands;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code --print-graph}: the graph as DOT text, or as SVG drawn by graphviz's {@code dot} when
 * it is on {@code PATH}. The picture is written only once {@code dot} finished, so a failed
 * drawing leaves nothing half-written on standard output.
 */
final class GraphDrawing {
  /** graphviz lays out 2,000 boxes in about 6 s; ten thousand tasks take minutes. */
  private static final Duration DOT_TIME = Duration.ofMinutes(10);

  private final PrintStream out;
  private final Environment environment;

  @Inject
  GraphDrawing(@Named("out") PrintStream out, Environment environment) {
    this.out = out;
    this.environment = environment;
  }

  void draw(TaskGraph graph, GraphForm form) {
    String dot = form.byFamily() ? DotWriter.families(graph) : DotWriter.tasks(graph);
    out.print(form.svg() ? svg(dot) : dot);
  }

  private String svg(String dot) {
    Path program = dotProgram().orElseThrow(() -> new BadInputException(
        "--print-graph svg needs graphviz's dot program, which is not on PATH: install graphviz"
            + " (e.g. apt-get install graphviz) or write DOT text with --print-graph dot"));
    Path input = null;
    try {
      input = Files.createTempFile("docket-graph", ".dot");
      Files.writeString(input, dot, StandardCharsets.UTF_8);
      Commands.Result drawn =
          Commands.run(List.of(program.toString(), "-Tsvg", input.toString()), DOT_TIME);
      if (!drawn.ok()) {
        // Docket's DOT text is well-formed (DotWriter quotes every label), so a refusal is the
        // installed graphviz's: say so as a message, not as a defect of Docket's.
        throw new BadInputException("graphviz's dot (" + program + ") failed (exit "
            + drawn.exitCode() + "): " + drawn.stderr().strip() + "; check that graphviz works"
            + " (dot -V) or write DOT text with --print-graph dot");
      }
      return drawn.stdout();
    } catch (IOException e) {
      throw new UncheckedIOException("graphviz's dot could not draw the graph: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while graphviz's dot drew the graph", e);
    } finally {
      if (input != null) {
        try {
          Files.deleteIfExists(input);
        } catch (IOException e) {
          // a temporary file left behind is harmless
        }
      }
    }
  }

  /** {@code dot} in the run's {@code PATH}, the first executable one. */
  private Optional<Path> dotProgram() {
    String path = environment.get("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, "dot");
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
