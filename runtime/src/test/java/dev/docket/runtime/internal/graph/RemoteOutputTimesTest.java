package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.internal.remote.FileRemote;
import dev.docket.runtime.internal.remote.RemoteFs;
import dev.docket.runtime.internal.store.CompositeTarget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
