package dev.docket.runtime.internal.workflow;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workflow's output as the commands that look at outputs see it: counts and parts. */
class BranchCollectionTest {
  @TempDir static Path dir;

  /** Ten branches, each writing {@code <dir>/<branch>.txt}. */
  record Chunks(int branch) implements Workflow<Integer> {
    @Override
    public Map<Integer, Integer> branchMap() {
      return Branches.range(10);
    }
  }

  /** Stands for the generated family of {@link Chunks}. */
  private static final class ChunksNode implements TaskFamily<Chunks> {
    private static final ParamSpec<Integer> BRANCH =
        ParamSpec.optional(0, "branch", "java.lang.Integer", Converters.INT, "-1", true, "");

    @Override
    public String name() {
      return "Chunks";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Class<Chunks> type() {
      return Chunks.class;
    }

    @Override
    public List<ParamSpec<?>> params() {
      return List.of(BRANCH);
    }

    @Override
    public Chunks create(ParamValues values) {
      return new Chunks((Integer) values.get(0));
    }

    @Override
    public ParamValues values(Chunks task) {
      return ParamValues.of(params(), task.branch());
    }

    @Override
    public void requirements(Chunks task, Requirements sink) {}

    @Override
    public void outputs(Chunks task, Consumer<Target> sink) {
      sink.accept(LocalFileTarget.of(dir.resolve(task.branch() + ".txt")));
    }

    @Override
    public void run(Chunks task, TaskContext context) {}
  }

  private static CompositeTarget collection(double acceptance) throws Exception {
    WorkflowFamilies workflows =
        new WorkflowFamilies(WorkflowOptions.defaults(), new Chunks(-1), acceptance, null);
    TaskFamily<?> family = workflows.apply(new ChunksNode());
    List<Target> outputs = new ArrayList<>();
    castFamily(family).outputs(new Chunks(-1), outputs::add);
    return (CompositeTarget) outputs.get(0);
  }

  @SuppressWarnings("unchecked")
  private static TaskFamily<Chunks> castFamily(TaskFamily<?> family) {
    return (TaskFamily<Chunks>) family;
  }

  private static void complete(int... branches) throws Exception {
    for (int b : branches) {
      Files.writeString(dir.resolve(b + ".txt"), "done");
    }
  }

  @Test
  void statusCountsTheCompleteBranchesAndNamesTheMissingOnes() throws Exception {
    CompositeTarget none = collection(1.0);
    assertThat(none.status().line()).isEqualTo("0/10 branches complete (missing 0:10)");

    complete(0, 1, 2, 3, 7);
    CompositeTarget some = collection(1.0);
    assertThat(some.exists()).isFalse();
    assertThat(some.status().line()).isEqualTo("5/10 branches complete (missing 4:7,8:10)");
    assertThat(some.status().exists()).isFalse(); // as exists() says, from the same look
    assertThat(collection(0.5).status().exists()).isTrue();
    assertThat(collection(0.6).status().exists()).isFalse();
    assertThat(collection(0.5).status().line())
        .isEqualTo("5/10 branches complete (missing 4:7,8:10), 5 needed ([job] acceptance 0.5)");

    complete(4, 5, 6, 8, 9);
    assertThat(collection(1.0).status().line()).isEqualTo("10/10 branches complete");
    assertThat(collection(1.0).status().exists()).isTrue();
    for (int b = 0; b < 10; b++) {
      Files.delete(dir.resolve(b + ".txt"));
    }
  }

  @Test
  void partsAreEveryOutputOfEveryBranchWhetherOrNotItExists() throws Exception {
    List<Target> parts = collection(1.0).parts();
    assertThat(parts).hasSize(10);
    assertThat(parts.get(3)).isEqualTo(LocalFileTarget.of(dir.resolve("3.txt")));
  }

  @Test
  void acceptanceRoundsUpButNotPastFloatingPointNoise() {
    assertThat(WorkflowFamilies.branchesNeeded(0.7, 10)).isEqualTo(7); // 0.7 * 10 is a hair above 7
    assertThat(WorkflowFamilies.branchesNeeded(0.5, 3)).isEqualTo(2);
    assertThat(WorkflowFamilies.branchesNeeded(1, 26)).isEqualTo(26);
    assertThat(WorkflowFamilies.branchesNeeded(0, 26)).isEqualTo(0);
  }
}
