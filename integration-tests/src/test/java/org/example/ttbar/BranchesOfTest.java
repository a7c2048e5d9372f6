package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.workflow.Workflows;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code Workflows.branchesOf}: the branch tasks a task downstream of a workflow reads. */
class BranchesOfTest {
  @Test
  void oneBranchTaskPerKeyOfTheBranchMapWithTheWorkflowsParameters() {
    Skim workflow = Skim_Builder.create().chunks(3).dataset("wjets").label("x").build();

    List<Skim> branches = Workflows.branchesOf(workflow);

    assertThat(branches.stream().map(b -> b.branch).toList()).containsExactly(0, 1, 2).inOrder();
    for (Skim branch : branches) {
      assertThat(branch.dataset).isEqualTo("wjets");
      assertThat(branch.label).isEqualTo("x");
      assertThat(branch.chunks).isEqualTo(3);
      assertThat(branch.skimmed().path().toString())
          .endsWith("skim/v1/wjets/" + branch.branch + ".txt");
    }
    assertThat(workflow.branch).isEqualTo(-1); // the workflow itself is left as it was
  }

  @Test
  @SuppressWarnings("unchecked")
  void theWorkflowCoordinatesAndItsBranchesWork() {
    Skim workflow = Skim_Builder.create().chunks(2).build();
    TaskFamily<Skim> family =
        (TaskFamily<Skim>) WorkflowFamilies.local(workflow).apply(Skim_Family.INSTANCE);

    assertThat(family.coordinates(workflow)).isTrue(); // no timeout or retries of the work
    assertThat(family.coordinates(Workflows.branchesOf(workflow).get(1))).isFalse();
    assertThat(Skim_Family.INSTANCE.coordinates(workflow)).isFalse(); // outside a run: plain
  }
}
