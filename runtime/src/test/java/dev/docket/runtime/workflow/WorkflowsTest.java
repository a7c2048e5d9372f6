package dev.docket.runtime.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Sweep;
import dev.docket.runtime.fixtures.Sweep_Builder;
import dev.docket.runtime.spi.TaskRegistry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Branches}, and {@link Workflows#branchesOf} on the fixtures' workflow {@code Sweep}
 * (registered with the fixtures; integration-tests' {@code BranchesOfTest} reads the branches
 * from a task downstream).
 */
class WorkflowsTest {
  @Test
  void aWorkflowsBranchesAreItsTasksOnePerKeyInKeyOrder() {
    Sweep sweep = Sweep_Builder.create().size(3).build();

    List<TaskId> branches = Workflows.branchesOf(sweep).stream()
        .map(branch -> TaskRegistry.global().familyOf(branch).id(branch)).toList();

    assertThat(branches).containsExactly(
        new TaskId("Sweep", "branch=0, size=3"),
        new TaskId("Sweep", "branch=1, size=3"),
        new TaskId("Sweep", "branch=2, size=3")).inOrder();
    assertThat(Workflows.branchesOf(Sweep_Builder.create().size(0).build())).isEmpty();
  }

  @Test
  void branchesAreNumberedFromZeroInTheDatasOrder() {
    Map<Integer, String> map = Branches.of(List.of("ttbar", "wjets", "zjets"));

    assertThat(map).containsExactly(0, "ttbar", 1, "wjets", 2, "zjets").inOrder();
    assertThrows(UnsupportedOperationException.class, () -> map.put(3, "qcd"));
    assertThat(Branches.of(List.of())).isEmpty();
  }

  @Test
  void aRangeMapsEachBranchToItsNumber() {
    assertThat(Branches.range(3)).containsExactly(0, 0, 1, 1, 2, 2).inOrder();
    assertThat(Branches.range(0)).isEmpty();
    assertThrows(UnsupportedOperationException.class, () -> Branches.range(2).remove(0));
  }
}
