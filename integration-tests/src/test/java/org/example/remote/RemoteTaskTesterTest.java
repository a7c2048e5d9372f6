package org.example.remote;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.testing.TaskRun;
import dev.docket.runtime.testing.TaskTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test of tasks with remote outputs, in the test's JVM: {@code TaskTester.configureFs} gives
 * {@code [fs.out]} a directory standing for the storage, the chain's tasks read and write there,
 * and the test reads the outputs back as targets.
 */
class RemoteTaskTesterTest {
  @TempDir Path store;
  @TempDir Path remote;

  @Test
  void theChainsTasksRunWithTheirOutputsOnTheConfiguredFileSystem() throws Exception {
    try (TaskTester tester = TaskTester.inStore(store)) {
      tester.configureFs("out", Map.of("base", remote.toUri().toString()));
      RemoteHistogram histogram = RemoteHistogram_Builder.create().chunks(3).build();

      TaskRun run = tester.run(histogram, 2).assertSucceeded();

      assertThat(run.ranCount("RemoteSkim")).isEqualTo(4); // three branches and the workflow
      RemoteFileTarget output = (RemoteFileTarget) run.outputs(histogram).get(0);
      assertThat(output.readString()).startsWith("bin,count\n");
      assertThat(Files.readString(remote.resolve("hist/v1/ttbar.csv"))).isEqualTo(output.readString());
      assertThat(Files.exists(store.resolve("hist"))).isFalse();
      assertThat(tester.run(histogram).outcome(histogram)).isEqualTo(Outcome.COMPLETE);
    }
  }
}
