package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TestStores;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link OutputTimes} splits the work: local files on the second thread, every other target
 * on the calling thread after the walk, and the calling thread's interrupt status kept.
 */
class OutputTimesSplitTest {
  private static final int NODES = 2 * OutputTimes.BATCH + 5;

  @TempDir Path store;

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void targetsOtherThanLocalFilesAreReadOnTheCallingThreadFromEveryBatch() {
    Set<Thread> readers = ConcurrentHashMap.newKeySet();
    List<TaskNode> nodes = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      TaskNode node = new TaskNode(new TaskId("Plain", "i=" + i), null, null, 0);
      node.outputs(new Target[] {i % 3 == 0 ? new Recording(1_000 + i, readers) : LocalFileTarget.of("t", i + ".txt")});
      nodes.add(node);
    }

    assertThat(OutputTimes.read(nodes)).isTrue();

    assertThat(readers).containsExactly(Thread.currentThread());
    for (int i = 0; i < NODES; i++) {
      long expected = i % 3 == 0 ? 1_000 + i : Target.MISSING;
      assertThat(nodes.get(i).oldestOutput()).isEqualTo(expected);
      assertThat(nodes.get(i).newestOutput()).isEqualTo(expected);
    }
    assertThat(Thread.interrupted()).isFalse();
  }

  @Test
  void anInterruptOfTheCallingThreadIsKeptWhileItWaitsForTheSecondThread() {
    List<TaskNode> nodes = new ArrayList<>();
    for (int i = 0; i < NODES; i++) {
      TaskNode node = new TaskNode(new TaskId("Plain", "i=" + i), null, null, 0);
      node.outputs(new Target[] {LocalFileTarget.of("t", i + ".txt")});
      nodes.add(node);
    }

    Thread.currentThread().interrupt();
    boolean read = OutputTimes.read(nodes);

    assertThat(Thread.interrupted()).isTrue();
    assertThat(read).isTrue();
    assertThat(nodes.get(NODES - 1).oldestOutput()).isEqualTo(Target.MISSING);
  }

  /** A target that is not a local file, with a fixed time, noting the thread that read it. */
  private record Recording(long time, Set<Thread> readers) implements Target {
    @Override
    public boolean exists() {
      return true;
    }

    @Override
    public long lastModified() {
      readers.add(Thread.currentThread());
      return time;
    }

    @Override
    public void remove() {}

    @Override
    public String describe() {
      return "recording " + time;
    }
  }
}
