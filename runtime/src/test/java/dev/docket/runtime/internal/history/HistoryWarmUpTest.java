package dev.docket.runtime.internal.history;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sqlite-jdbc readied ahead of the run: the history then opens and records as before. */
class HistoryWarmUpTest {
  @TempDir Path dir;

  @Test
  void aWarmedUpDriverRecordsRuns() throws Exception {
    RunHistory.warmUp();
    RunHistory.warmUp(); // twice, as a second command line in one JVM would
    try (RunHistory history = RunHistory.open("jdbc:sqlite:" + dir.resolve("history.db"))) {
      long id = history.start("Report(datasets=ttbar)", "node1", 1_000L);
      assertThat(history.run(id).orElseThrow().status()).isEqualTo("running");
    }
  }
}
