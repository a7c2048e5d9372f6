package org.example.params;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.testing.TaskRun;
import dev.docket.runtime.testing.TaskTester;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task that fails while it rewrites an output it had written before (its input changed):
 * closing the stream in try-with-resources puts the half-written file in place, so the failed
 * run must remove it, or the next run would take the half file for a complete, newer output.
 */
class FailedRewriteTest {
  @TempDir Path store;

  @Test
  void aFailedRewriteLeavesNoHalfOutputThatLooksComplete() throws Exception {
    try (TaskTester tester = TaskTester.inStore(store)) {
      tester.run(Rewrite_Builder.create().build()).assertSucceeded();
      Path result = store.resolve("rewrite/result.txt");
      assertThat(Files.readString(result)).isEqualTo("first half of source\nsecond half\n");

      // The input changes after the output was written: the output is out of date.
      Files.setLastModifiedTime(result, FileTime.fromMillis(System.currentTimeMillis() - 60_000));
      Files.writeString(store.resolve("rewrite/source.txt"), "new source\n");

      Rewrite failing = Rewrite_Builder.create().fail(true).build();
      TaskRun failed = tester.run(failing);
      assertThat(failed.outcome(failing)).isEqualTo(Outcome.FAILED);
      assertThat(Files.exists(result)).isFalse(); // neither the half file nor the stale one

      TaskRun again = tester.run(Rewrite_Builder.create().build()).assertSucceeded();
      assertThat(again.outcome(Rewrite_Builder.create().build())).isEqualTo(Outcome.RAN);
      assertThat(Files.readString(result)).isEqualTo("first half of new source\nsecond half\n");
    }
  }
}
