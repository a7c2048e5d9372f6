package dev.docket.jupyter;

import static com.google.common.truth.Truth.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.script.TaskStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplaysTest {
  private static final TaskId FIT = new TaskId("FitSignalStrength", "version=v1, bins=20");
  private static final TaskId EVENTS = new TaskId("GenerateEvents", "dataset=TTBAR & <co>");

  @TempDir Path dir;

  @Test
  void aTaskStatusIsATableWithItsOutputsLinked() {
    Path inHere = Path.of("target", "fit result.txt").toAbsolutePath();
    List<TaskStatus> status = List.of(
        new TaskStatus(FIT, 0, false, List.of(inHere.toString())),
        new TaskStatus(EVENTS, 1, true,
            List.of("/elsewhere/events.csv", "root://eos//a.csv", "the outputs of 4 branches (0:4)")));

    ObjectNode data = Displays.bundle(status, "ignored");

    String html = data.get("text/html").asText();
    assertThat(html).contains("class=\"docket-status\"");
    assertThat(html).contains("<code>FitSignalStrength(version=v1, bins=20)</code>");
    assertThat(html).contains("GenerateEvents(dataset=TTBAR &amp; &lt;co&gt;)");
    assertThat(html).contains("padding-left:2.0em"); // depth 1 is indented
    assertThat(html).contains("<a href=\"target/fit%20result.txt\"");
    assertThat(html).contains("<code>target/fit result.txt</code></a>");
    assertThat(html).contains("<a href=\"file:///elsewhere/events.csv\"");
    assertThat(html).contains("<code>root://eos//a.csv</code>"); // no page can follow it: no link
    assertThat(html).contains("<br><code>the outputs of 4 branches (0:4)</code>"); // a workflow's
    assertThat(html).contains("1 of 2 complete");
    assertThat(data.get("text/plain").asText())
        .isEqualTo("[ ] FitSignalStrength(version=v1, bins=20)\n  [x] GenerateEvents(dataset=TTBAR & <co>)");
  }

  @Test
  void aLongStatusShowsTheTopAndWhatIsMissingAndTheRestFolded() {
    List<TaskStatus> status = new java.util.ArrayList<>();
    status.add(new TaskStatus(FIT, 0, false, List.of()));
    for (int i = 0; i < Displays.SHORT_TABLE; i++) {
      status.add(new TaskStatus(new TaskId("Chunk", "branch=" + i), 2, i != 5, List.of()));
    }

    String html = Displays.bundle(status, "ignored").get("text/html").asText();

    String top = html.substring(0, html.indexOf("<details>"));
    assertThat(top).contains("FitSignalStrength(");
    assertThat(top).contains("Chunk(branch=5)");
    assertThat(top).doesNotContain("Chunk(branch=4)");
    assertThat(html).contains("<summary>11 of 13 complete: all 13 tasks</summary>");
    assertThat(html.substring(html.indexOf("<details>"))).contains("Chunk(branch=4)");
  }

  @Test
  void aRunSummarySaysWhetherItIsDoneAndNamesFailures() {
    RunSummary summary = new RunSummary(FIT, List.of(
        new TaskResult(EVENTS, Outcome.FAILED, 1.5, new IllegalStateException("disk full"), null),
        new TaskResult(FIT, Outcome.FAILED_UPSTREAM, 0, null, EVENTS)), 2.0);

    ObjectNode data = Displays.bundle(summary, "ignored");

    assertThat(data.get("text/html").asText()).contains("Not done</b>");
    assertThat(data.get("text/html").asText()).contains("IllegalStateException: disk full");
    assertThat(data.get("text/plain").asText())
        .isEqualTo("Not done: FitSignalStrength(version=v1, bins=20); 0 ran, 0 already complete, 1 failed, 1 failed upstream");
  }

  @Test
  void anImageTargetIsShownAsTheImage() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 1, 2, 3};
    Path file = Files.write(dir.resolve("mbjj.png"), png);
    Files.writeString(dir.resolve("mbjj.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    ObjectNode pngData = Displays.bundle(LocalFileTarget.of(file), "ignored");
    ObjectNode svgData = Displays.bundle(dir.resolve("mbjj.svg"), "ignored");

    assertThat(Base64.getDecoder().decode(pngData.get("image/png").asText())).isEqualTo(png);
    assertThat(svgData.get("image/svg+xml").asText()).startsWith("<svg");
  }

  @Test
  void outputsAreLinksAndAMissingOneIsMarked() {
    ObjectNode data = Displays.bundle(List.of(LocalFileTarget.of(dir.resolve("absent.png"))), "ignored");

    assertThat(data.get("text/html").asText()).contains("absent.png</code></a> <i>(missing)</i>");
    assertThat(data.get("text/plain").asText()).startsWith("(missing) ");
  }

  @Test
  void otherValuesAreJShellsTextAndStringsHaveNoQuotes() {
    assertThat(Displays.bundle(42, "42").get("text/plain").asText()).isEqualTo("42");
    assertThat(Displays.bundle("mu = 1.02", "\"mu = 1.02\"").get("text/plain").asText())
        .isEqualTo("mu = 1.02");
    assertThat(Displays.bundle(List.of(), "[]").has("text/html")).isFalse();
  }
}
