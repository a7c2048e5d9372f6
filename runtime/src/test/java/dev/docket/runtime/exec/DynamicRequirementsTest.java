package dev.docket.runtime.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Dynamic_Params;
import dev.docket.runtime.graph.GraphBuilder;
import dev.docket.runtime.task.TaskId;
import dev.docket.runtime.task.TaskRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code TaskContext.require}: dependencies known only at run time (luigi's yield). */
class DynamicRequirementsTest {
  @TempDir Path store;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final Reporter reporter =
      new Reporter(
          new PrintStream(out, true, StandardCharsets.UTF_8),
          new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
  private final Executor executor = new Executor(reporter);
  private final GraphBuilder graphs = new GraphBuilder(TaskRegistry.global());

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void runWaitsForTheTasksItAsksForThenReadsTheirOutputs() throws IOException {
    LocalFileTarget.of("datasets.txt").writeString("ttbar\nwjets\n");
    LocalFileTarget.of("sel", "v1", "wjets.json").writeString("wjets, selected earlier");

    RunSummary summary =
        executor.execute(graphs.plan(Dynamic_Params.parse("--list", "datasets.txt")), 2);

    assertThat(summary.success()).isTrue();
    assertThat(LocalFileTarget.of("dynamic", "datasets.txt.txt").readString())
        .isEqualTo("events of ttbar with at least 4 jets\nwjets, selected earlier\n");
    String log = out.toString(StandardCharsets.UTF_8);
    assertThat(log)
        .contains("[Dynamic(list=datasets.txt)] needs Selection(dataset=ttbar, minJets=4, version=v1) (dynamic dependency)");
    assertThat(log).contains("start Selection(dataset=ttbar, minJets=4, version=v1)");
    assertThat(log).doesNotContain("start Selection(dataset=wjets"); // it was complete
  }

  @Test
  void aFailingDynamicDependencyFailsTheTaskThatAskedForIt() throws IOException {
    LocalFileTarget.of("bad.txt").writeString("!disk\nttbar\n");

    RunSummary summary = executor.execute(graphs.plan(Dynamic_Params.parse("--list", "bad.txt")), 1);

    TaskResult dynamic = summary.result(new TaskId("Dynamic", "list=bad.txt"));
    assertThat(dynamic.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(dynamic.reason())
        .startsWith(
            "needs Failing(dataset=disk, version=v1) (asked for at run time), which failed:"
                + " IOException: disk full");
    assertThat(LocalFileTarget.of("dynamic", "bad.txt.txt").exists()).isFalse();
  }
}
