package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.internal.graph.PlanningFixture.chain;
import static dev.docket.runtime.internal.graph.PlanningFixture.ids;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Loop;
import dev.docket.runtime.fixtures.Loop_Family;
import dev.docket.runtime.fixtures.Loop_Params;
import dev.docket.runtime.fixtures.Merge_Family;
import dev.docket.runtime.fixtures.Plot_Family;
import dev.docket.runtime.fixtures.Reconstruction;
import dev.docket.runtime.fixtures.Reconstruction_Family;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The walk's edges: a cycle cut where the task has further requirements, the tree walk's depth
 * limit, and an output outside the store, which refuses the whole plan (and ends the thread
 * that reads output times).
 */
class GraphWalkEdgesTest {
  @RegisterExtension final PlanningFixture planning = new PlanningFixture();
  private final GraphBuilder builder = planning.builder;

  @Test
  void aCycleIsCutAtItsEdgeOnly_theTasksOtherRequirementsStayInTheGraph() {
    // Loop(n=1) requires Loop(n=0) (the cycle) and then Chain(n=0), which nothing else requires.
    GraphBuilder withSibling = builder.adapting(f -> f != Loop_Family.INSTANCE ? f
        : new ForwardingTaskFamily<Loop>(Loop_Family.INSTANCE) {
          @Override
          public void requirements(Loop task, Requirements sink) throws Exception {
            delegate().requirements(task, sink);
            if (id(task).params().equals("n=1")) {
              sink.add(Chain_Family.INSTANCE, chain(0));
            }
          }
        });

    TaskGraph graph = withSibling.plan(TaskBuilder.of(Loop_Family.INSTANCE).set(Loop_Params.N, 0).build());

    assertThat(ids(graph)).containsExactly("Chain(n=0)", "Loop(n=1)", "Loop(n=0)").inOrder();
    TaskNode partner = graph.nodes().get(1);
    assertThat(partner.planningError()).isInstanceOf(RequirementCycleException.class);
    assertThat(partner.requirements()).containsExactly(graph.nodes().get(0));
    assertThat(graph.nodes().get(0).index()).isEqualTo(0);
  }

  @Test
  void theTreeWalkStopsAtItsDepth() {
    TaskGraph graph = builder.plan(Plot_Family.parse("--dataset", "ttbar"));
    List<String> lines = new ArrayList<>();
    TreeWalker.walk(graph.root(), 1, (node, depth, seen) -> lines.add(depth + " " + node.id().family()));
    assertThat(lines).containsExactly("0 Plot", "1 Reconstruction", "1 Selection").inOrder();

    lines.clear();
    TreeWalker.walk(graph.root(), 0, (node, depth, seen) -> lines.add(depth + " " + node.id().family()));
    assertThat(lines).containsExactly("0 Plot");
  }

  @Test
  void anOutputOutsideTheStoreRefusesThePlanNamingTheValue() {
    BadInputException refused = assertThrows(BadInputException.class,
        () -> builder.plan(Selection_Family.parse("--dataset", "../../../outside")));
    assertThat(refused).hasMessageThat().contains("../../../outside");
    assertThat(refused).hasMessageThat().contains("--dataset");
  }

  private static Set<Thread> timeReaders() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().equals("docket-plan-outputs") && t.isAlive())
        .collect(Collectors.toSet());
  }

  /** Outputs listed by a task before its outputs() threw are not handed to the next task. */
  @Test
  void aTaskWhoseOutputsThrewLeavesNoneOfThemToTheNextTask() {
    GraphBuilder halfListed = builder.adapting(f -> f != Reconstruction_Family.INSTANCE ? f
        : new ForwardingTaskFamily<Reconstruction>(Reconstruction_Family.INSTANCE) {
          @Override
          public void outputs(Reconstruction task, Consumer<Target> sink) throws Exception {
            delegate().outputs(task, sink);
            if (id(task).params().contains("ttbar")) {
              throw new java.io.IOException("catalogue unreachable");
            }
          }
        });

    TaskGraph graph = halfListed.plan(Merge_Family.parse());

    TaskNode ttbar = node(graph, "ttbar");
    TaskNode wjets = node(graph, "wjets");
    assertThat(ttbar.planningError()).hasMessageThat().isEqualTo("catalogue unreachable");
    assertThat(wjets.planningError()).isNull();
    assertThat(wjets.outputs()).containsExactly(LocalFileTarget.of("reco", "v1", "wjets.json"));
  }

  /**
   * A task whose only output is null is a planning error, as one of several null outputs is:
   * the node keeps a single output without an array, and null must not read as "no outputs",
   * which would make the task a wrapper, complete once its requirements are, and never run
   * (TaskNodeTest checks the node; this, what the planner makes of it).
   */
  @Test
  void aTaskWhoseOnlyOutputIsNullIsAPlanningError_notAWrapper() {
    for (int count : new int[] {1, 2}) {
      GraphBuilder nulls = builder.adapting(f -> f != Reconstruction_Family.INSTANCE ? f
          : new ForwardingTaskFamily<Reconstruction>(Reconstruction_Family.INSTANCE) {
            @Override
            public void outputs(Reconstruction task, Consumer<Target> sink) {
              for (int i = 0; i < count; i++) {
                sink.accept(null);
              }
            }
          });

      TaskGraph graph = nulls.plan(Merge_Family.parse());

      TaskNode ttbar = node(graph, "ttbar");
      assertThat(ttbar.planningError()).isInstanceOf(NullPointerException.class);
      assertThat(ttbar.isWrapper()).isFalse();
      assertThat(graph.incomplete()).contains(ttbar);
    }
  }

  private static TaskNode node(TaskGraph graph, String dataset) {
    return graph.nodes().stream()
        .filter(n -> n.family().name().equals("Reconstruction") && n.id().params().contains(dataset))
        .findFirst().orElseThrow();
  }

  @Test
  void aPlanRefusedAfterManyTasksLeavesNoThreadReadingTimes() {
    // Chain(0), found last of more than a batch of tasks, names an output no file can have.
    GraphBuilder outside = builder.adapting(f -> f != Chain_Family.INSTANCE ? f
        : new ForwardingTaskFamily<Chain>(Chain_Family.INSTANCE) {
          @Override
          public void outputs(Chain task, Consumer<Target> sink) throws Exception {
            if (id(task).params().equals("n=0")) {
              sink.accept(LocalFileTarget.of("nul\0.txt"));
            } else {
              delegate().outputs(task, sink);
            }
          }
        });
    Set<Thread> before = timeReaders();

    assertThrows(BadInputException.class, () -> outside.plan(chain(2 * OutputTimes.BATCH)));

    Set<Thread> left = timeReaders();
    left.removeAll(before);
    assertThat(left).isEmpty();
  }
}
