package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run Combine --print-graph svg} through the generated main: graphviz draws the diamond
 * Combine → Histograms → Selection, JetCalibration → GenerateEvents of two datasets; without
 * graphviz on PATH it is bad input that says what to do, and nothing is written.
 */
class PrintGraphIT {
  @TempDir Path store;

  @Test
  void svgOfTheSampleAnalysisAndAClearRefusalWithoutGraphviz() throws Exception {
    RequiredService.require(RequiredService.find("dot").isPresent(),
        "dot is not on the PATH: install graphviz (apt-get install graphviz)");
    AnalysisProcess.Result drawn = new AnalysisProcess(store).run("run", "Combine", "--print-graph", "svg");
    assertWithMessage(drawn.toString()).that(drawn.exitCode()).isEqualTo(0);
    assertThat(drawn.out()).contains("<svg");
    assertThat(drawn.out()).contains("Combine(datasets=ttbar,wjets, version=v1)");
    assertThat(drawn.out().split("class=\"node\"", -1)).hasLength(1 + 9);

    Path empty = Files.createDirectory(store.resolve("empty-path"));
    AnalysisProcess.Result refused = new AnalysisProcess(store)
        .withEnvironment("PATH", empty.toString())
        .run("run", "Combine", "--print-graph", "svg,families");
    assertWithMessage(refused.toString()).that(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).isEqualTo("docket: error: --print-graph svg needs graphviz's dot"
        + " program, which is not on PATH: install graphviz (e.g. apt-get install graphviz) or"
        + " write DOT text with --print-graph dot\n");
    assertThat(refused.out()).isEmpty();
    try (var files = Files.list(store)) {
      assertThat(files.map(file -> file.getFileName().toString()).toList()).containsExactly("empty-path");
    }
  }
}
