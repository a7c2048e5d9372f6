package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.internal.graph.PlanningFixture.chain;
import static dev.docket.runtime.internal.graph.PlanningFixture.describe;
import static dev.docket.runtime.internal.graph.PlanningFixture.n;
import static dev.docket.runtime.internal.graph.PlanningFixture.node;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The shapes of graph that the wide graph of {@link ParallelPlanningTest} does not have: a level
 * of several tasks with many requirements each (whose identities the whole pool computes), a
 * level larger than one batch of the walk, tasks with many outputs, the depth limit as seen by
 * the tasks' code, and more planning threads asked for with the system property.
 */
class WideLevelsTest {
  @RegisterExtension final PlanningFixture planning = new PlanningFixture();

  /** Chain(n) of the test's shape: {@code requirements} lists what it requires by n. */
  private static GraphBuilder shaped(
      GraphBuilder builder, IntFunction<List<Integer>> requirements, Set<Integer> asked) {
    TaskFamily<Chain> family = new ForwardingTaskFamily<>(Chain_Family.INSTANCE) {
      @Override
      public void requirements(Chain task, Requirements sink) {
        asked.add(n(task));
        for (int required : requirements.apply(n(task))) {
          sink.add(Chain_Family.INSTANCE, chain(required));
        }
      }
    };
    return builder.adapting(f -> f == Chain_Family.INSTANCE ? family : f);
  }

  private static final int ROOT = 9_999_999;
  private static final int FAN = 1_000_000;

  /**
   * The root requires 24 fans; fan k requires nothing, two leaves, or 60 + k leaves: fans of up
   * to 64 requirements, whose identities the planning thread that lists them computes, and of 66
   * to 82, whose identities the whole pool computes. Fan k's leaves are 50 k and on, so each
   * shares some with the fan before it; leaves require nothing.
   */
  private static List<Integer> fans(int n) {
    List<Integer> required = new ArrayList<>();
    if (n == ROOT) {
      for (int k = 0; k < 24; k++) {
        required.add(FAN + k);
      }
    } else if (n >= FAN) {
      int k = n - FAN;
      int count = k % 4 == 1 ? 0 : k % 4 == 3 ? 2 : 60 + k;
      for (int j = 0; j < count; j++) {
        required.add(k * 50 + j); // fan k - 1's leaves 50.. again
      }
    }
    return required;
  }

  @Test
  void aLevelOfTasksWithManyRequirementsEachIsTheSameOnFourThreadsAsOnOne() {
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    GraphBuilder fanning = shaped(planning.builder, WideLevelsTest::fans, asked);
    List<String> alone = describe(fanning.planningThreads(1, Integer.MAX_VALUE).plan(chain(ROOT)));
    for (int run = 0; run < 3; run++) {
      assertThat(describe(fanning.planningThreads(4, 1).plan(chain(ROOT))))
          .containsExactlyElementsIn(alone)
          .inOrder();
    }

    TaskGraph graph = fanning.planningThreads(4, 1).plan(chain(ROOT));
    for (int k = 0; k < 24; k++) {
      List<String> expected = fans(FAN + k).stream().map(n -> "Chain(n=" + n + ")").toList();
      assertThat(node(graph, "Chain(n=" + (FAN + k) + ")").requirements().stream()
              .map(TaskNode::toString).toList())
          .containsExactlyElementsIn(expected)
          .inOrder();
    }
    assertThat(graph.nodes().stream().filter(n -> n.planningError() != null).toList()).isEmpty();
    Set<Integer> leaves = new HashSet<>();
    for (int k = 0; k < 24; k++) {
      leaves.addAll(fans(FAN + k));
    }
    assertThat(graph.size()).isEqualTo(1 + 24 + leaves.size());
  }

  @Test
  void anIdentityThatThrowsAmongManyIsTheErrorOfItsTaskOnly() {
    TaskFamily<Chain> badId = new ForwardingTaskFamily<>(Chain_Family.INSTANCE) {
      @Override
      public TaskId id(Chain task) {
        throw new IllegalStateException("no identity for " + n(task));
      }
    };
    // Fan 2 (62 requirements) and fan 6 (66) have an identity that throws at their 41st.
    TaskFamily<Chain> family = new ForwardingTaskFamily<>(Chain_Family.INSTANCE) {
      @Override
      public void requirements(Chain task, Requirements sink) {
        List<Integer> required = fans(n(task));
        for (int i = 0; i < required.size(); i++) {
          boolean bad = i == 40 && (n(task) == FAN + 2 || n(task) == FAN + 6);
          sink.add(bad ? badId : Chain_Family.INSTANCE, chain(required.get(i)));
        }
      }
    };
    GraphBuilder fanning =
        planning.builder.adapting(f -> f == Chain_Family.INSTANCE ? family : f);
    List<String> alone = describe(fanning.planningThreads(1, Integer.MAX_VALUE).plan(chain(ROOT)));
    TaskGraph graph = fanning.planningThreads(4, 1).plan(chain(ROOT));
    assertThat(describe(graph)).containsExactlyElementsIn(alone).inOrder();

    assertThat(node(graph, "Chain(n=" + (FAN + 2) + ")").planningError())
        .hasMessageThat().isEqualTo("no identity for 140");
    assertThat(node(graph, "Chain(n=" + (FAN + 6) + ")").planningError())
        .hasMessageThat().isEqualTo("no identity for 340");
    assertThat(node(graph, "Chain(n=" + (FAN + 4) + ")").planningError()).isNull();
    assertThat(node(graph, "Chain(n=" + (FAN + 4) + ")").requirementCount()).isEqualTo(64);
  }

  @Test
  void aLevelLargerThanABatchIsPlannedWhole_onOneThreadAndOnFour() {
    int leaves = LevelWalk.BATCH + 1_000;
    // The root requires the tasks 0 to leaves - 1, a level of two batches. Task n below 2,000
    // requires task n + 1,000 of the same level and a new one, 100,000 + n; task n of the second
    // batch requires task n - BATCH of the first and a new one, 200,000 + n.
    IntFunction<List<Integer>> shape = n -> {
      if (n == ROOT) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < leaves; i++) {
          all.add(i);
        }
        return all;
      }
      if (n < 2_000) {
        return List.of(n + 1_000, 100_000 + n);
      }
      if (n >= LevelWalk.BATCH && n < leaves) {
        return List.of(n - LevelWalk.BATCH, 200_000 + n);
      }
      return List.of();
    };
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    GraphBuilder wide = shaped(planning.builder, shape, asked);
    List<String> alone = describe(wide.planningThreads(1, Integer.MAX_VALUE).plan(chain(ROOT)));
    assertThat(describe(wide.planningThreads(4, 1).plan(chain(ROOT))))
        .containsExactlyElementsIn(alone)
        .inOrder();

    TaskGraph graph = wide.planningThreads(4, 1).plan(chain(ROOT));
    assertThat(graph.size()).isEqualTo(1 + leaves + 2_000 + 1_000);
    assertThat(graph.root().requirementCount()).isEqualTo(leaves);
    assertThat(node(graph, "Chain(n=1999)").requirements().stream().map(TaskNode::toString)
            .toList())
        .containsExactly("Chain(n=2999)", "Chain(n=101999)")
        .inOrder();
    assertThat(node(graph, "Chain(n=" + (leaves - 1) + ")").requirements().stream()
            .map(TaskNode::toString).toList())
        .containsExactly("Chain(n=999)", "Chain(n=" + (200_000 + leaves - 1) + ")")
        .inOrder();
    assertThat(node(graph, "Chain(n=101999)").depth()).isEqualTo(2);
    assertThat(node(graph, "Chain(n=" + (200_000 + leaves - 1) + ")").depth()).isEqualTo(2);
  }

  @Test
  void aTaskAtTheDepthLimitIsNotAskedForItsRequirements() {
    Set<Integer> asked = ConcurrentHashMap.newKeySet();
    GraphBuilder fanning = shaped(planning.builder, WideLevelsTest::fans, asked);
    for (GraphBuilder planner : List.of(
        fanning.planningThreads(1, Integer.MAX_VALUE), fanning.planningThreads(4, 1))) {
      asked.clear();
      TaskGraph graph = planner.expand(chain(ROOT), 1);
      assertThat(graph.size()).isEqualTo(25);
      assertThat(asked).containsExactly(ROOT);
    }
  }

  /**
   * Chain(n) with n + 1 outputs (up to nine, more than a planning thread's first buffer holds),
   * {@code chain/n-i.txt}; link n requires link n - 1 as usual.
   */
  private static final TaskFamily<Chain> MANY_OUTPUTS =
      new ForwardingTaskFamily<>(Chain_Family.INSTANCE) {
        @Override
        public void outputs(Chain task, Consumer<Target> sink) {
          for (int i = 0; i <= n(task); i++) {
            sink.accept(LocalFileTarget.of("chain", n(task) + "-" + i + ".txt"));
          }
        }
      };

  private static List<Target> outputsOf(int n) {
    List<Target> outputs = new ArrayList<>();
    for (int i = 0; i <= n; i++) {
      outputs.add(LocalFileTarget.of("chain", n + "-" + i + ".txt"));
    }
    return outputs;
  }

  @Test
  void aTaskWithManyOutputsHasEachOfThem_inOrder_andIsCompleteOnlyWithAll() throws IOException {
    GraphBuilder many = planning.builder.adapting(f -> f == Chain_Family.INSTANCE ? MANY_OUTPUTS : f);
    TaskGraph graph = many.plan(chain(8));
    for (int n = 0; n <= 8; n++) {
      assertThat(graph.nodes().get(n).outputs()).containsExactlyElementsIn(outputsOf(n)).inOrder();
    }

    for (int n = 0; n <= 8; n++) {
      for (Target output : outputsOf(n)) {
        ((LocalFileTarget) output).writeString("x");
      }
    }
    assertThat(many.plan(chain(8)).incomplete()).isEmpty();
    ((LocalFileTarget) outputsOf(8).get(8)).remove(); // the last of nine
    TaskGraph lost = many.plan(chain(8));
    assertThat(lost.incomplete()).containsExactly(lost.root());
    assertThat(lost.root().oldestOutput()).isEqualTo(Target.MISSING);
  }

  @Test
  void morePlanningThreadsAskedForWithThePropertyRunTwoTasksCodeAtOnce() {
    // Two tasks of a level of exactly the size from which a level is shared out each wait in
    // @Requires until both are in it: only two threads at once let either go on.
    int size = PlanningPool.MIN_PARALLEL;
    CyclicBarrier both = new CyclicBarrier(2);
    Set<Thread> met = ConcurrentHashMap.newKeySet();
    TaskFamily<Chain> gated = new ForwardingTaskFamily<>(Chain_Family.INSTANCE) {
      @Override
      public void requirements(Chain task, Requirements sink) throws Exception {
        int n = n(task);
        if (n == ROOT) {
          for (int i = 0; i < size; i++) {
            sink.add(Chain_Family.INSTANCE, chain(i));
          }
        } else if (n == 0 || n == size - 1) {
          met.add(Thread.currentThread());
          both.await(30, TimeUnit.SECONDS);
        }
      }
    };
    planning.threadsProperty("2");

    TaskGraph graph = planning.builder.adapting(f -> f == Chain_Family.INSTANCE ? gated : f)
        .plan(chain(ROOT));

    assertThat(met).hasSize(2);
    assertThat(graph.nodes().stream().filter(n -> n.planningError() != null).toList()).isEmpty();
  }
}
