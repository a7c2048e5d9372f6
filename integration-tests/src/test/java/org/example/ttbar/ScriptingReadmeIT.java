package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Runs the README's JShell example (issue #3), snippet by snippet, in a real JShell whose
 * remote JVM has the sample analysis on its class path, as a user's {@code jshell --class-path}
 * session would.
 */
class ScriptingReadmeIT {
  private static final String START = "<!-- jshell-example";
  private static final String END = "<!-- end jshell-example -->";

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void readmeExampleRuns() throws Exception {
    String example = example(Files.readString(Path.of("..", "README.md")));
    String classPath = AnalysisProcess.classPath();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    List<String> values = new ArrayList<>();
    try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
        JShell shell = JShell.builder()
            .out(out)
            .err(out)
            .remoteVMOptions("--class-path", classPath)
            .build()) {
      for (String path : classPath.split(java.io.File.pathSeparator)) {
        shell.addToClasspath(path);
      }
      String remaining = example;
      while (!remaining.isBlank()) {
        SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
        String snippet = info.source();
        remaining = info.remaining();
        for (SnippetEvent event : shell.eval(snippet)) {
          assertWithMessage("snippet %s: %s", snippet,
                  shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList())
              .that(event.status()).isEqualTo(Snippet.Status.VALID);
          assertWithMessage("snippet %s threw", snippet).that(event.exception()).isNull();
          if (event.snippet().subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
            values.add(event.value());
          }
        }
      }
    }
    // isComplete before, success, isComplete after, the histogram's header.
    assertThat(values).containsExactly("false", "true", "true", "\"bin,count\"").inOrder();
    String output = printed.toString(StandardCharsets.UTF_8);
    assertThat(output).contains("[ ] Histograms(dataset=ttbar, version=v1, bins=20)\n"
        + "  [ ] Selection(dataset=ttbar, version=v1, minJets=4)\n");
    assertThat(output).contains("    [ ] GenerateEvents(dataset=ttbar, version=v1, events=500, seed=42)");
    assertThat(output).contains("Summary: 4 ran, 0 already complete, 0 failed, 0 failed upstream");
  }

  private static String example(String readme) {
    int start = readme.indexOf(START);
    int end = readme.indexOf(END);
    assertWithMessage("README has the JShell example").that(start).isAtLeast(0);
    String block = readme.substring(readme.indexOf('\n', start) + 1, end);
    return block.replace("```java\n", "").replace("```\n", "");
  }
}
