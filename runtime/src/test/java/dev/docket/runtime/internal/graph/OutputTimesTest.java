package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output times of large graphs, read on two threads, decide completeness as one would. */
class OutputTimesTest {
  private static final int LINKS = 2 * OutputTimes.BATCH + 10;
  private static final long OLD = 1_700_000_000_000L;

  @TempDir Path store;

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void aLargeChainIsCompleteExactlyUpToItsFirstStaleLink() throws IOException {
    Path chain = Files.createDirectories(store.resolve("chain"));
    for (int n = 0; n < LINKS; n++) {
      Path file = Files.writeString(chain.resolve(n + ".txt"), "x");
      Files.setLastModifiedTime(file, FileTime.fromMillis(OLD));
    }
    // Breadth first from the last link: the first half of the walk (the second thread's) holds
    // the high links, the second half the low ones. One newer output in each half.
    int stale = LINKS / 4;
    int missing = LINKS - 10;
    Files.setLastModifiedTime(chain.resolve(stale + ".txt"), FileTime.fromMillis(OLD + 5_000));
    Files.delete(chain.resolve(missing + ".txt"));

    TaskGraph graph = new GraphBuilder(TaskRegistry.global()).plan(link(LINKS - 1));

    assertThat(graph.size()).isEqualTo(LINKS);
    List<TaskNode> nodes = graph.nodes(); // dependencies first: nodes.get(n) is link n
    assertThat(nodes.get(stale).newestOutput()).isEqualTo(OLD + 5_000);
    assertThat(nodes.get(stale - 1).oldestOutput()).isEqualTo(OLD);
    assertThat(nodes.get(missing).oldestOutput()).isEqualTo(Target.MISSING);
    for (int n = 0; n < LINKS; n++) {
      assertThat(nodes.get(n).complete()).isEqualTo(n <= stale);
    }
  }

  @Test
  void aTargetThatThrowsIsReportedOnEitherThread() {
    for (int at : new int[] {1, OutputTimes.BATCH + 1}) {
      List<TaskNode> nodes = new ArrayList<>();
      for (int i = 0; i < OutputTimes.BATCH + 2; i++) {
        TaskNode node = new TaskNode(new TaskId("Plain", "i=" + i), null, null, 0);
        node.outputs(new Target[] {i == at ? THROWING : LocalFileTarget.of("t", i + ".txt")});
        nodes.add(node);
      }
      assertThat(OutputTimes.read(nodes)).isFalse();
      nodes.remove(at);
      assertThat(OutputTimes.read(nodes)).isTrue();
      assertThat(nodes.get(0).oldestOutput()).isEqualTo(Target.MISSING);
    }
  }

  @Test
  void afterAFailedWalkNothingMoreIsRead_andTheWalksErrorKeepsTheReadersAsSuppressed()
      throws Exception {
    // The second thread fails on the first batch's first node (a node without a target list);
    // a second batch and a part batch are left. The walk's error is the news.
    OutputTimes times = OutputTimes.start();
    List<TaskNode> left = new ArrayList<>();
    for (int i = 0; i < 2 * OutputTimes.BATCH + 5; i++) {
      if (i == OutputTimes.BATCH) {
        awaitNoReader(); // it has taken the first batch and failed: the failure is there to keep
      }
      TaskNode node = new TaskNode(new TaskId("Plain", "i=" + i), null, null, 0);
      node.outputs(i == 0 ? null : new Target[] {LocalFileTarget.of("missing", i + ".txt")});
      times.add(node);
      if (i >= OutputTimes.BATCH) {
        left.add(node);
      }
    }
    IllegalStateException walkError = new IllegalStateException("the walk failed");

    times.abandon(walkError);

    assertThat(walkError.getSuppressed()).hasLength(1);
    assertThat(walkError.getSuppressed()[0]).isInstanceOf(NullPointerException.class);
    for (TaskNode node : left) {
      assertThat(node.oldestOutput()).isEqualTo(0L); // not read (a missing file reads MISSING)
    }
  }

  @Test
  void aTaskWhoseOutputCheckThrowsIsNotExpanded() {
    TaskGraph graph =
        new GraphBuilder(TaskRegistry.global())
            .adapting(f -> f == Chain_Family.INSTANCE ? new UnreachableAt(2) : f)
            .plan(link(4));

    // Links 4, 3 and 2; link 2's planning failed, so links 1 and 0 were never asked for.
    assertThat(graph.size()).isEqualTo(3);
    TaskNode failed = graph.nodes().get(0);
    assertThat(failed.id().params()).isEqualTo("n=2");
    assertThat(failed.planningError()).hasMessageThat().isEqualTo("storage unreachable");
    assertThat(failed.requirements()).isEmpty();
    assertThat(graph.root().complete()).isFalse();
  }

  /** The chain, except that link {@code at}'s output cannot be checked. */
  private static final class UnreachableAt extends ForwardingTaskFamily<Chain> {
    private final int at;

    UnreachableAt(int at) {
      super(Chain_Family.INSTANCE);
      this.at = at;
    }

    @Override
    public void outputs(Chain task, Consumer<Target> sink) throws Exception {
      if (values(task).get(0).equals(at)) {
        sink.accept(THROWING);
      } else {
        super.outputs(task, sink);
      }
    }
  }


  private static Object link(int n) {
    return TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, n).build();
  }

  private static final Target THROWING =
      new Target() {
        @Override
        public boolean exists() {
          throw new IllegalStateException("storage unreachable");
        }

        @Override
        public void remove() {}

        @Override
        public String describe() {
          return "unreachable";
        }
      };

  /** Waits until no output-times thread runs (this test's has ended after its failure). */
  private static void awaitNoReader() throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.getName().equals("docket-plan-outputs") && t.isAlive())) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(5);
    }
  }
}
