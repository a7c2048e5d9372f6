package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.internal.remote.FileRemote;
import dev.docket.runtime.internal.remote.RemoteFs;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Batched existence: the outputs of many tasks in one remote directory cost one listing, not a
 * stat each; a lone output is stat'ed; the answers are those of single stats.
 */
class RemoteOutputTimesTest {
  private static final int TASKS = OutputTimes.BATCH * 2 + 7;
  private static final long TIME = 1_700_000_000_000L;

  @RegisterExtension final FileRemote remote = FileRemote.installed();
  private RemoteFs fs;

  @BeforeEach
  void find() {
    fs = remote.fs();
  }

  private static TaskNode node(int i, Target... outputs) {
    TaskNode node = new TaskNode(new TaskId("Branch", "i=" + i), null, null, 0);
    node.outputs(outputs);
    return node;
  }

  @Test
  void aDirectoryOfManyOutputsIsListedOnce() throws IOException {
    Path skim = Files.createDirectories(remote.base().resolve("skim"));
    List<TaskNode> nodes = new ArrayList<>();
    for (int i = 0; i < TASKS; i++) {
      if (i % 3 != 0) {
        remote.write("skim/" + i + ".txt", "x", TIME + i);
      }
      nodes.add(node(i, RemoteFileTarget.of("out", "skim", i + ".txt")));
    }
    remote.write("lone/x.txt", "x");
    nodes.add(node(TASKS, RemoteFileTarget.of("out", "lone", "x.txt")));

    assertThat(OutputTimes.read(nodes)).isTrue();

    assertThat(fs.counts().lists()).isEqualTo(1);
    assertThat(fs.counts().stats()).isEqualTo(1); // the lone one
    for (int i = 0; i < TASKS; i++) {
      long expected = i % 3 == 0 ? Target.MISSING : TIME + i;
      assertThat(nodes.get(i).oldestOutput()).isEqualTo(expected);
    }
    assertThat(nodes.get(TASKS).oldestOutput()).isNotEqualTo(Target.MISSING);
    // The snapshot ends with planning: a task that has run is asked about afresh.
    Files.delete(skim.resolve("1.txt"));
    assertThat(RemoteFileTarget.of("out", "skim", "1.txt").exists()).isFalse();
    assertThat(fs.counts().stats()).isEqualTo(2);
  }

  /**
   * Planned, on one thread and on four: the outputs are read once the walk is over, after one
   * listing of their directory; no planning thread stats a remote output as it lists it.
   */
  @Test
  void aPlanOfManyTasksWithRemoteOutputsListsTheirDirectoryOnce() throws IOException {
    Files.createDirectories(remote.base().resolve("skim"));
    int width = 1_500;
    for (int n = 0; n < width; n += 2) {
      remote.write("skim/" + n + ".txt", "x", TIME + n);
    }
    TaskFamily<Chain> remoteOutputs = new ForwardingTaskFamily<>(Chain_Family.INSTANCE) {
      @Override
      public void requirements(Chain task, Requirements sink) {
        if (PlanningFixture.n(task) == width) {
          for (int n = 0; n < width; n++) {
            sink.add(Chain_Family.INSTANCE, PlanningFixture.chain(n));
          }
        }
      }

      @Override
      public void outputs(Chain task, Consumer<Target> sink) {
        sink.accept(RemoteFileTarget.of("out", "skim", PlanningFixture.n(task) + ".txt"));
      }
    };
    GraphBuilder planner = new GraphBuilder(TaskRegistry.global())
        .adapting(f -> f == Chain_Family.INSTANCE ? remoteOutputs : f);
    for (GraphBuilder threads :
        List.of(planner.planningThreads(1, Integer.MAX_VALUE), planner.planningThreads(4, 1))) {
      long lists = fs.counts().lists();
      long stats = fs.counts().stats();

      TaskGraph graph = threads.plan(PlanningFixture.chain(width));

      assertThat(fs.counts().lists() - lists).isEqualTo(1);
      assertThat(fs.counts().stats() - stats).isEqualTo(0);
      assertThat(graph.size()).isEqualTo(width + 1);
      for (TaskNode node : graph.nodes()) {
        int n = PlanningFixture.n((Chain) node.task());
        long expected = n % 2 == 0 && n < width ? TIME + n : Target.MISSING;
        assertThat(node.oldestOutput()).isEqualTo(expected);
      }
    }
  }

  @Test
  void theBranchesOfACompositeTargetShareTheListing() throws IOException {
    Path skim = Files.createDirectories(remote.base().resolve("skim"));
    List<Target> parts = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Files.writeString(skim.resolve(i + ".txt"), "x");
      parts.add(RemoteFileTarget.of("out", "skim", i + ".txt"));
    }
    CompositeTarget collection = new CompositeTarget() {
      @Override
      public List<Target> parts() {
        return parts;
      }

      @Override
      public Status status() {
        return new Status(exists(), "");
      }

      @Override
      public boolean exists() {
        return parts.stream().allMatch(Target::exists);
      }

      @Override
      public void remove() {}

      @Override
      public String describe() {
        return "collection";
      }
    };
    List<TaskNode> nodes = List.of(node(0, collection));
    assertThat(OutputTimes.read(nodes)).isTrue();
    assertThat(nodes.get(0).oldestOutput()).isNotEqualTo(Target.MISSING);
    assertThat(fs.counts().lists()).isEqualTo(1);
    assertThat(fs.counts().stats()).isEqualTo(0);
  }
}
