package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.testing.TaskRun;
import dev.docket.runtime.testing.TaskTester;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** TaskTester runs a workflow as {@code run Skim} does: its branches are tasks of the run. */
class WorkflowTaskTesterTest {
  @TempDir Path store;

  @Test
  void runsEveryBranchThenTheWorkflowAndFindsItCompleteAfterwards() throws Exception {
    try (TaskTester tester = TaskTester.inStore(store)) {
      Skim workflow = Skim_Builder.create().chunks(3).build();
      TaskRun run = tester.run(workflow).assertSucceeded();

      assertThat(run.ranCount("Skim")).isEqualTo(4); // three branches and the workflow
      assertThat(run.ranCount("GenerateEvents")).isEqualTo(1);
      for (int b = 0; b < 3; b++) {
        Skim branch = Skim_Builder.req(workflow).branch(b).build();
        assertThat(run.outcome(branch)).isEqualTo(Outcome.RAN);
        assertThat(((LocalFileTarget) run.outputs(branch).get(0)).readString())
            .isEqualTo("skim\n25 events from " + 25 * b + "\n");
      }

      TaskRun again = tester.run(workflow);
      assertThat(again.ran()).isEmpty();
      assertThat(again.outcome(workflow)).isEqualTo(Outcome.COMPLETE);
    }
  }
}
