package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;
import static dev.docket.runtime.internal.graph.PlanningFixture.chain;
import static dev.docket.runtime.internal.graph.PlanningFixture.describe;
import static dev.docket.runtime.internal.graph.PlanningFixture.n;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Planning on several threads gives the graph of planning on one, node for node: the same
 * nodes in the same order, the same requirements, completeness and errors, run after run; with
 * errors thrown by the tasks' own code on the pool's threads, cycles and a depth limit. The
 * graphs are wide enough (hundreds of tasks a level) that the levels are shared out in chunks.
 */
class ParallelPlanningTest {
  /** Tasks of the wide graph: Chain(n) for n below this; Chain(WIDTH) is its root. */
  private static final int WIDTH = 1_500;

  @RegisterExtension final PlanningFixture planning = new PlanningFixture();
  private final GraphBuilder builder = planning.builder;

  /**
   * Chain(WIDTH) requires every Chain(n) below it, in a scrambled order; Chain(n) requires
   * Chain(n / 2) and Chain(n / 3) (identities met many times, across chunks), and, through
   * {@code extra}, whatever a test adds.
   */
  private static UnaryOperator<TaskFamily<?>> wide(Extra extra) {
    return f -> f != Chain_Family.INSTANCE ? f : new ForwardingTaskFamily<Chain>(Chain_Family.INSTANCE) {
      @Override
      public void requirements(Chain task, Requirements sink) throws Exception {
        int n = n(task);
        if (n == WIDTH) {
          for (int i = 0; i < WIDTH; i++) {
            sink.add(Chain_Family.INSTANCE, chain((i * 7) % WIDTH));
          }
          return;
        }
        if (n > 1) {
          sink.add(Chain_Family.INSTANCE, chain(n / 2));
          sink.add(Chain_Family.INSTANCE, chain(n / 3));
        }
        extra.requirements(n, sink);
      }

      @Override
      public void outputs(Chain task, Consumer<Target> sink) throws Exception {
        extra.outputs(n(task));
        delegate().outputs(task, sink);
      }
    };
  }

  /** What a test adds to the wide graph's tasks. */
  private interface Extra {
    default void requirements(int n, Requirements sink) throws Exception {}

    default void outputs(int n) throws Exception {}
  }

  private static final Extra NOTHING = new Extra() {};

  private TaskGraph plan(GraphBuilder planner, int maxDepth) {
    return planner.expand(chain(WIDTH), maxDepth);
  }

  private void assertSameOnManyThreads(Extra extra, int maxDepth) {
    GraphBuilder adapted = builder.adapting(wide(extra));
    List<String> alone = describe(plan(adapted.planningThreads(1, Integer.MAX_VALUE), maxDepth));
    for (int run = 0; run < 3; run++) {
      assertThat(describe(plan(adapted.planningThreads(4, 1), maxDepth)))
          .containsExactlyElementsIn(alone)
          .inOrder();
    }
  }

  @Test
  void aWideGraphIsTheSameOnFourThreadsAsOnOne_runAfterRun() throws IOException {
    Files.createDirectories(planning.store().resolve("chain"));
    for (int n = 0; n < WIDTH; n += 3) { // some complete, some not, a few stale
      Files.writeString(planning.store().resolve("chain/" + n + ".txt"), "x");
    }
    assertSameOnManyThreads(NOTHING, Integer.MAX_VALUE);

    TaskGraph graph = plan(builder.adapting(wide(NOTHING)).planningThreads(4, 1), Integer.MAX_VALUE);
    assertThat(graph.size()).isEqualTo(WIDTH + 1);
    assertThat(graph.root().requirementCount()).isEqualTo(WIDTH);
    assertThat(graph.root().requirement(1).toString()).isEqualTo("Chain(n=7)"); // declared order
    assertThat(graph.nodes().get(graph.size() - 1)).isSameInstanceAs(graph.root());
    assertThat(graph.nodes().stream().filter(TaskNode::complete).count()).isGreaterThan(0);
  }

  @Test
  void aRequirementAlreadyKnownCostsNoNode_onOneThreadAndOnFour() {
    // Chain(n) requires Chain(n / 2) and Chain(n / 3), both known by then (the root requires
    // every Chain): a node per identity, not per requirement (not 4,497 for 1,501). The adapter
    // is applied once per node made.
    UnaryOperator<TaskFamily<?>> wide = wide(NOTHING);
    AtomicInteger made = new AtomicInteger();
    GraphBuilder counting = builder.adapting(f -> {
      made.incrementAndGet();
      return wide.apply(f);
    });
    for (GraphBuilder planner : List.of(
        counting.planningThreads(1, Integer.MAX_VALUE), counting.planningThreads(4, 1))) {
      made.set(0);
      TaskGraph graph = plan(planner, Integer.MAX_VALUE);
      assertThat(graph.size()).isEqualTo(WIDTH + 1);
      assertThat(made.get()).isEqualTo(WIDTH + 1);
    }
  }

  @Test
  void anErrorOnAPoolThreadEndsThePlanning_andLeavesNoPlanningThread() {
    Extra failing = new Extra() {
      @Override
      public void requirements(int n, Requirements sink) {
        if (n % 100 == 42) {
          throw new AssertionError("broken " + n);
        }
      }
    };
    GraphBuilder planner = builder.adapting(wide(failing)).planningThreads(4, 1);
    AssertionError thrown = assertThrows(AssertionError.class,
        () -> plan(planner, Integer.MAX_VALUE));
    assertThat(thrown).hasMessageThat().startsWith("broken ");
    assertThat(Thread.getAllStackTraces().keySet().stream()
            .filter(t -> t.isAlive() && t.getName().startsWith("docket-plan-")).toList())
        .isEmpty();
  }

  @Test
  void errorsOfTheTasksOwnCodeOnThePoolAreTheOnesOneThreadMeets() {
    TaskFamily<Chain> badId = new ForwardingTaskFamily<>(Chain_Family.INSTANCE) {
      @Override
      public TaskId id(Chain task) {
        throw new IllegalStateException("no identity for " + n(task));
      }
    };
    Extra failing = new Extra() {
      @Override
      public void requirements(int n, Requirements sink) {
        if (n % 97 == 5) {
          sink.add(badId, chain(n + 1)); // its identity throws first: that is the error
          throw new IllegalArgumentException("requirements of " + n);
        }
        if (n % 89 == 7) {
          throw new IllegalArgumentException("requirements of " + n);
        }
        if (n % 101 == 9) {
          throw new NoClassDefFoundError("missing class for " + n);
        }
      }

      @Override
      public void outputs(int n) throws IOException {
        if (n % 83 == 11) {
          throw new IOException("outputs of " + n);
        }
      }
    };
    assertSameOnManyThreads(failing, Integer.MAX_VALUE);

    TaskGraph graph = plan(builder.adapting(wide(failing)).planningThreads(4, 1), Integer.MAX_VALUE);
    TaskNode five = node(graph, 5);
    assertThat(five.planningError()).hasMessageThat().isEqualTo("no identity for 6");
    assertThat(five.expanded()).isFalse();
    assertThat(node(graph, 7).planningError()).hasMessageThat().isEqualTo("requirements of 7");
    assertThat(node(graph, 9).planningError()).isInstanceOf(NoClassDefFoundError.class);
    TaskNode eleven = node(graph, 11);
    assertThat(eleven.planningError()).hasMessageThat().isEqualTo("outputs of 11");
    assertThat(eleven.expanded()).isFalse();
    assertThat(eleven.complete()).isFalse();
  }

  private static TaskNode node(TaskGraph graph, int n) {
    return PlanningFixture.node(graph, "Chain(n=" + n + ")");
  }

  @Test
  void cyclesAreCutAsOnOneThread() {
    // Chain(n / 2) requires Chain(n) back for some n: cycles found in the dependencies-first walk.
    Extra backwards = new Extra() {
      @Override
      public void requirements(int n, Requirements sink) {
        if (n % 10 == 3 && n < WIDTH / 2) {
          sink.add(Chain_Family.INSTANCE, chain(2 * n));
        }
      }
    };
    assertSameOnManyThreads(backwards, Integer.MAX_VALUE);

    TaskGraph graph = plan(builder.adapting(wide(backwards)).planningThreads(4, 1), Integer.MAX_VALUE);
    assertThat(graph.nodes().stream().filter(n -> n.planningError() instanceof RequirementCycleException).count())
        .isGreaterThan(0);
  }

  @Test
  void theDepthLimitIsKeptAsOnOneThread() {
    assertSameOnManyThreads(NOTHING, 1);
    assertSameOnManyThreads(NOTHING, 3);

    TaskGraph graph = plan(builder.adapting(wide(NOTHING)).planningThreads(4, 1), 1);
    assertThat(graph.size()).isEqualTo(WIDTH + 1);
    assertThat(graph.nodes().stream().filter(TaskNode::expanded).toList())
        .containsExactly(graph.root());
  }

  @Test
  void badInputOnAPoolThreadRefusesThePlanAsOnOneThread() {
    Extra outside = new Extra() {
      @Override
      public void outputs(int n) {
        if (n == 700 || n == 1_200) {
          throw new BadInputException("output of " + n + " outside the store");
        }
      }
    };
    GraphBuilder adapted = builder.adapting(wide(outside));
    for (GraphBuilder planner :
        List.of(adapted.planningThreads(1, Integer.MAX_VALUE), adapted.planningThreads(4, 1))) {
      BadInputException refused = assertThrows(BadInputException.class,
          () -> plan(planner, Integer.MAX_VALUE));
      // The first in the walk's order: the root lists 0, 7, 14, ..., 700 100th, 1,200 600th.
      assertThat(refused).hasMessageThat().isEqualTo("output of 700 outside the store");
    }
  }

  @Test
  void onTwoThreadsTwoTasksOfALevelRunTheirCodeAtOnce() {
    // Two tasks of the root's level each wait in @Requires until both are in it: only two
    // threads running the level's code at once let either go on (else the wait times out).
    CyclicBarrier both = new CyclicBarrier(2);
    Set<Thread> met = ConcurrentHashMap.newKeySet();
    Extra gated = new Extra() {
      @Override
      public void requirements(int n, Requirements sink) throws Exception {
        if (n == 0 || n == WIDTH - 1) {
          met.add(Thread.currentThread());
          both.await(30, TimeUnit.SECONDS);
        }
      }
    };
    plan(builder.adapting(wide(gated)).planningThreads(2, 1), 2);
    assertThat(met).hasSize(2);
  }

  @Test
  void onOneThreadEveryTasksCodeRunsOnTheCallingThread() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    Extra recording = new Extra() {
      @Override
      public void requirements(int n, Requirements sink) {
        seen.add(Thread.currentThread());
      }

      @Override
      public void outputs(int n) {
        seen.add(Thread.currentThread());
      }
    };
    GraphBuilder adapted = builder.adapting(wide(recording));
    planning.threadsProperty("1");
    plan(adapted, Integer.MAX_VALUE); // the default builder, switched by the property
    plan(adapted.planningThreads(1, 1), Integer.MAX_VALUE);
    plan(adapted.planningThreads(4, Integer.MAX_VALUE), Integer.MAX_VALUE); // levels too small

    assertThat(seen).containsExactly(Thread.currentThread());
  }

  @Test
  void aBadThreadCountIsRefusedBeforeAnyTasksCodeRuns() {
    planning.threadsProperty("many");
    BadInputException refused = assertThrows(BadInputException.class,
        () -> builder.plan(chain(1)));
    assertThat(refused).hasMessageThat().contains("-Ddocket.planning.threads");
    assertThat(refused).hasMessageThat().contains("'many'");
  }
}
