package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.script.Docket;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripting facade runs a workflow as {@code run Skim} does: its branches are tasks. */
class WorkflowScriptingTest {
  @TempDir Path store;

  @Test
  void runsEveryBranchThenFindsTheWorkflowComplete() throws Exception {
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    Docket docket = Docket.open(store, Map.of(), quiet, quiet);
    Object workflow = docket.task("Skim", "--chunks", "3");
    assertThat(docket.isComplete(workflow)).isFalse();

    RunSummary summary = docket.run(workflow);

    assertThat(summary.success()).isTrue();
    assertThat(summary.count(Outcome.RAN)).isEqualTo(5); // GenerateEvents, 3 branches, workflow
    for (int b = 0; b < 3; b++) {
      assertThat(Files.exists(store.resolve("skim/v1/ttbar/" + b + ".txt"))).isTrue();
    }
    assertThat(docket.isComplete(workflow)).isTrue();
  }
}
