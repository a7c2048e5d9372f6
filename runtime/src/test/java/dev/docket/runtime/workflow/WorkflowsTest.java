package dev.docket.runtime.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Branches}. ({@link Workflows#branchesOf} needs a workflow family in the process-wide
 * registry, which the runtime's fixtures do not have and a test cannot add without changing what
 * every other test lists: {@code BranchesOfTest} in integration-tests covers it.)
 */
class WorkflowsTest {
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
