package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.fixtures.Dynamic_Family;
import dev.docket.runtime.fixtures.Dynamic_Params;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code TaskContext.require}: dependencies known only at run time (luigi's yield). */
class DynamicRequirementsTest {
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  @Test
  void runWaitsForTheTasksItAsksForThenReadsTheirOutputs() throws IOException {
    LocalFileTarget.of("datasets.txt").writeString("ttbar\nwjets\n");
    LocalFileTarget.of("sel", "v1", "wjets.json").writeString("wjets, selected earlier");

    RunSummary summary =
        exec.run(Dynamic_Family.parse("--list", "datasets.txt"), 2);

    assertThat(summary.success()).isTrue();
    assertThat(LocalFileTarget.of("dynamic", "datasets.txt.txt").readString())
        .isEqualTo("events of ttbar with at least 4 jets\nwjets, selected earlier\n");
    String log = exec.out();
    assertThat(log)
        .contains("[Dynamic(list=datasets.txt)] needs Selection(dataset=ttbar, minJets=4, version=v1) (dynamic dependency)");
    assertThat(log).contains("start Selection(dataset=ttbar, minJets=4, version=v1)");
    assertThat(log).doesNotContain("start Selection(dataset=wjets"); // it was complete
  }

  @Test
  void aFailingDynamicDependencyFailsTheTaskThatAskedForIt() throws IOException {
    LocalFileTarget.of("bad.txt").writeString("!disk\nttbar\n");

    RunSummary summary = exec.run(Dynamic_Family.parse("--list", "bad.txt"), 1);

    TaskResult dynamic = summary.result(new TaskId("Dynamic", "list=bad.txt"));
    assertThat(dynamic.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(dynamic.reason())
        .startsWith(
            "needs Failing(dataset=disk, version=v1) (asked for at run time), which failed:"
                + " IOException: disk full");
    assertThat(LocalFileTarget.of("dynamic", "bad.txt.txt").exists()).isFalse();
  }
}
