package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a finished run leaves in the history: its status, counts and each failure's times. */
class RunHistoryTest {
  @TempDir Path dir;

  private static final TaskId SEL = new TaskId("Selection", "dataset=ttbar");
  private static final TaskId REPORT = new TaskId("Report", "datasets=ttbar");

  @Test
  void aFailedRunKeepsItsFailuresWithTheirStartAndEnd() throws Exception {
    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + dir.resolve("history.db"))) {
      long id = history.start("Report(datasets=ttbar)", "node1", 1_000L);
      RunSummary summary = new RunSummary(REPORT, List.of(
          new TaskResult(SEL, Outcome.FAILED, 2.5, new IOException("disk full"), null, 10_000L),
          new TaskResult(REPORT, Outcome.FAILED_UPSTREAM, 0, null, SEL, 0L)), 3.0);
      history.finish(id, summary, "node1", 13_000L);

      RunRecord run = history.run(id).orElseThrow();
      assertThat(run.status()).isEqualTo("failed");
      assertThat(run.endedAt()).isEqualTo(13_000L);
      assertThat(List.of(run.ran(), run.complete(), run.failed(), run.failedUpstream()))
          .containsExactly(0L, 0L, 1L, 1L).inOrder();
      assertThat(history.failures(id))
          .containsExactly(
              new TaskRecord("Selection(dataset=ttbar)", "FAILED", 10_000L, 12_500L,
                  "IOException: disk full", "node1"),
              new TaskRecord("Report(datasets=ttbar)", "FAILED_UPSTREAM", 0L, 0L,
                  "needs Selection(dataset=ttbar), which failed", "node1"))
          .inOrder();
    }
  }
}
