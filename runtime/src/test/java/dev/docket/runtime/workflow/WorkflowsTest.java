package dev.docket.runtime.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.internal.task.TaskRegistry;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class WorkflowsTest {
  /** A workflow over the bins of a histogram. */
  record Bins(int branch, String histogram) implements Workflow<String> {
    @Override
    public Map<Integer, String> branchMap() {
      return Branches.of(List.of("low", "mid", "high"));
    }
  }

  /** Stands for the generated family of {@code Bins}; registered by the test that needs it. */
  static final class BinsFamily implements TaskFamily<Bins> {
    private static final ParamSpec<Integer> BRANCH =
        ParamSpec.optional(0, "branch", "java.lang.Integer", Converters.INT, "-1", true, "");
    private static final ParamSpec<String> HISTOGRAM =
        ParamSpec.required(1, "histogram", "java.lang.String", Converters.STRING, true, "");

    @Override
    public String name() {
      return "WorkflowsTestBins";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Class<Bins> type() {
      return Bins.class;
    }

    @Override
    public List<ParamSpec<?>> params() {
      return List.of(BRANCH, HISTOGRAM);
    }

    @Override
    public Bins create(ParamValues values) {
      return new Bins(values.get(BRANCH), values.get(HISTOGRAM));
    }

    @Override
    public ParamValues values(Bins task) {
      return ParamValues.of(params(), task.branch(), task.histogram());
    }

    @Override
    public void requirements(Bins task, Requirements sink) {}

    @Override
    public void outputs(Bins task, Consumer<Target> sink) {}

    @Override
    public void run(Bins task, TaskContext context) {}
  }

  @Test
  void branchesOfAWorkflowAreItsTasksWithOnlyTheBranchSet() {
    TaskRegistry.global().register(() -> List.of(new BinsFamily()));

    List<Bins> branches = Workflows.branchesOf(new Bins(Workflow.WORKFLOW, "mjj"));

    assertThat(branches).containsExactly(new Bins(0, "mjj"), new Bins(1, "mjj"), new Bins(2, "mjj")).inOrder();
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
