package dev.docket.runtime.internal.cli;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.testkit.RequiredService;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code run <Family> --print-graph dot|svg[,families]}: the graph as DOT text or as SVG drawn
 * by graphviz's {@code dot}; nothing runs. Plot requires Reconstruction and Selection.
 */
class PrintGraphTest extends CliFixture {
  private static void assertBadInput(CliRunner.Result result, String message) {
    assertThat(result.err()).isEqualTo("docket: error: " + message + System.lineSeparator());
    assertThat(result.out()).isEmpty();
    assertThat(result.status()).isEqualTo(2);
  }

  private boolean wroteNothing() throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.noneMatch(file -> Files.isDirectory(file) && !file.endsWith("elsewhere"));
    }
  }

  @Test
  void dotWritesEveryTaskAndRunsNothing() throws Exception {
    CliRunner.Result result = cli.run("run", "Plot", "--dataset=ttbar", "--print-graph", "dot");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).startsWith("digraph docket {");
    assertThat(result.out()).contains("[label=\"Reconstruction(dataset=ttbar, version=v1)\"");
    assertThat(result.out().lines().filter(line -> line.contains(" -> "))).hasSize(3);
    assertThat(wroteNothing()).isTrue();
  }

  @Test
  void familiesGiveOneBoxPerFamily() {
    CliRunner.Result result = cli.run("run", "Plot", "--dataset=ttbar", "--print-graph", "DOT, families");
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).contains("[label=\"Plot\\n1 task, 0 complete\"");
    // the title names the requested task; no box does
    assertThat(result.out().lines().filter(line -> line.contains("dataset=ttbar")).toList())
        .containsExactly(
            "  graph [rankdir=TB, label=\"Plot(dataset=ttbar, version=v1)\", labelloc=t];");
  }

  @Test
  void anUnknownFormatIsBadInputNamingTheForms() {
    String expected = "expected FORMAT[,families]: dot (DOT text) or svg (drawn by graphviz's"
        + " dot); families for one box per family, e.g. --print-graph svg,families";
    assertBadInput(cli.run("run", "Plot", "--dataset=ttbar", "--print-graph", "png"),
        "bad value 'png' for --print-graph: " + expected);
    assertBadInput(cli.run("run", "Plot", "--dataset=ttbar", "--print-graph", "dot,workflows"),
        "bad value 'dot,workflows' for --print-graph: " + expected);
  }

  @Test
  void svgWithoutGraphvizSaysToInstallItAndWritesNothing() throws Exception {
    cli.env("PATH", dir.toString()); // a PATH without dot
    assertBadInput(cli.run("run", "Plot", "--dataset=ttbar", "--print-graph", "svg"),
        "--print-graph svg needs graphviz's dot program, which is not on PATH: install graphviz"
            + " (e.g. apt-get install graphviz) or write DOT text with --print-graph dot");
    assertThat(wroteNothing()).isTrue();
  }

  /**
   * A stand-in for graphviz's {@code dot} in a directory of its own, put on the run's PATH: it
   * keeps a copy of the DOT file it is given and its path, then runs {@code answer}.
   */
  private Path fakeDot(String answer) throws Exception {
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path dot = bin.resolve("dot");
    Files.writeString(dot, "#!/bin/sh\n"
        + "here=$(dirname \"$0\")\n"
        + "printf '%s' \"$2\" > \"$here/input-path\"\n"
        + "cp \"$2\" \"$here/input-copy\"\n"
        + answer + "\n");
    assertThat(dot.toFile().setExecutable(true)).isTrue();
    cli.env("PATH", dir.resolve("nowhere") + File.pathSeparator + bin);
    return bin;
  }

  @Test
  void svgIsWhatDotDrewAndDotsInputFileIsRemovedAfterwards() throws Exception {
    Path bin = fakeDot("echo '<svg>drawn</svg>'");
    CliRunner.Result result = cli.run("run", "Plot", "--dataset=ttbar", "--print-graph", "svg");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).isEqualTo("<svg>drawn</svg>" + System.lineSeparator());
    assertThat(Files.readString(bin.resolve("input-copy"))).startsWith("digraph docket {");
    Path input = Path.of(Files.readString(bin.resolve("input-path")));
    assertThat(input.getFileName().toString()).endsWith(".dot");
    assertThat(Files.exists(input)).isFalse();
  }

  @Test
  void aFailedDrawingNamesDotsErrorPrintsNoPictureAndRemovesTheInputFile() throws Exception {
    Path bin = fakeDot("echo 'syntax error in line 1' >&2; exit 3");
    CliRunner.Result result = cli.run("run", "Plot", "--dataset=ttbar", "--print-graph", "svg");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("docket: error: graphviz's dot (" + bin.resolve("dot")
        + ") failed (exit 3): syntax error in line 1; check that graphviz works (dot -V) or write"
        + " DOT text with --print-graph dot\n");
    assertThat(result.out()).isEmpty();
    assertThat(Files.exists(Path.of(Files.readString(bin.resolve("input-path"))))).isFalse();
  }

  @Test
  void svgIsDrawnByGraphvizWithHostileTextKeptAsText() {
    RequiredService.require(RequiredService.find("dot").isPresent(),
        "dot is not on the PATH: install graphviz (apt-get install graphviz)");
    cli.env("PATH", System.getenv("PATH"));
    CliRunner.Result result =
        cli.run("run", "Plot", "--dataset=a\"b\\N<i>", "--print-graph", "svg");
    assertThat(result.err()).isEmpty();
    assertThat(result.status()).isEqualTo(0);
    assertThat(result.out()).contains("<svg");
    assertThat(result.out()).contains("Plot(dataset=a&quot;b\\N&lt;i&gt;, version=v1)");
    assertThat(result.out()).doesNotContain("<i>");
  }
}
