package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Plot_Family;
import dev.docket.runtime.fixtures.Reconstruction_Family;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskRegistry;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that requires the same task more than once (a {@code @Requires} method that adds it in
 * two places) depends on it once: by a scan of its few requirements, or by a set once it has
 * many.
 */
class DuplicateRequirementsTest {
  @TempDir Path store;

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void aTaskRequiredTwiceAmongFewIsOneRequirement() {
    TaskGraph graph = planPlotAlsoRequiring(1, 3);

    assertThat(requirementIds(graph.root()))
        .containsExactly(
            "Reconstruction(dataset=ttbar, version=v1)",
            "Selection(dataset=ttbar, minJets=4, version=v1)",
            "Selection(dataset=ttbar, minJets=0, version=v1)");
  }

  @Test
  void tasksRequiredTwiceAmongManyAreOneRequirementEach() {
    // 2 declared + 20 added (one of them, minJets=4, the declared Selection), each three times:
    // past the scan's 16, the set answers.
    TaskGraph graph = planPlotAlsoRequiring(20, 3);

    List<String> ids = requirementIds(graph.root());
    assertThat(ids).hasSize(21);
    assertThat(ids).containsNoDuplicates();
    assertThat(ids).contains("Selection(dataset=ttbar, minJets=19, version=v1)");
    // Each Selection is one node of the graph too, not one per time it was required.
    assertThat(graph.size()).isEqualTo(1 + 21);
  }

  @Test
  void theSameTaskRequiredByTwoParentsIsARequirementOfEach() {
    // Not a duplicate: Plot and Reconstruction both require the same Selection.
    TaskGraph graph = planPlotAlsoRequiring(0, 1);

    TaskNode reconstruction = graph.root().requirements().stream()
        .filter(node -> node.id().toString().startsWith("Reconstruction")).findFirst().orElseThrow();
    assertThat(requirementIds(reconstruction)).contains("Selection(dataset=ttbar, minJets=4, version=v1)");
    assertThat(requirementIds(graph.root())).contains("Selection(dataset=ttbar, minJets=4, version=v1)");
  }

  @Test
  void aTaskRequiringManyTasksThatAnotherRequiredFirstKeepsThemAll() {
    // Plot adds Selections 0..19 first; Reconstruction, planned after it, requires the same
    // twenty: known nodes, but new requirements of Reconstruction, past the scan's 16 too.
    GraphBuilder builder = new GraphBuilder(TaskRegistry.global())
        .adapting(family -> family.name().equals("Plot") ? new Repeating<>(Plot_Family.INSTANCE, 20, 1)
            : family.name().equals("Reconstruction") ? new Repeating<>(Reconstruction_Family.INSTANCE, 20, 2)
            : family);
    TaskGraph graph = builder.plan(Plot_Family.parse("--dataset", "ttbar"));

    TaskNode reconstruction = graph.nodes().stream()
        .filter(node -> node.id().toString().startsWith("Reconstruction")).findFirst().orElseThrow();
    List<String> ids = requirementIds(reconstruction);
    assertThat(ids).hasSize(20);
    assertThat(ids).containsNoDuplicates();
    assertThat(ids).contains("Selection(dataset=ttbar, minJets=19, version=v1)");
  }

  /** Plans Plot(ttbar) whose requirements also add Selections minJets=0..extra-1, each {@code times} times. */
  private static TaskGraph planPlotAlsoRequiring(int extra, int times) {
    GraphBuilder builder = new GraphBuilder(TaskRegistry.global())
        .adapting(family -> family.name().equals("Plot") ? new Repeating<>(Plot_Family.INSTANCE, extra, times) : family);
    return builder.plan(Plot_Family.parse("--dataset", "ttbar"));
  }

  private static List<String> requirementIds(TaskNode node) {
    return node.requirements().stream().map(n -> n.id().toString()).toList();
  }

  /** A family whose requirements add the same extra Selections several times, and its own again. */
  private static final class Repeating<T> extends ForwardingTaskFamily<T> {
    private final int extra;
    private final int times;

    Repeating(TaskFamily<T> delegate, int extra, int times) {
      super(delegate);
      this.extra = extra;
      this.times = times;
    }

    @Override
    public void requirements(T task, Requirements sink) throws Exception {
      for (int round = 0; round < times; round++) {
        delegate().requirements(task, sink);
        for (int i = 0; i < extra; i++) {
          sink.add(Selection_Family.INSTANCE,
              Selection_Family.parse("--dataset", "ttbar", "--min-jets", Integer.toString(i)));
        }
      }
    }
  }
}
