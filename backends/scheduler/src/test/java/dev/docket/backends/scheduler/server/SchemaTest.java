package dev.docket.backends.scheduler.server;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A task written to the state file comes back with every field as it was. */
class SchemaTest {
  @TempDir Path dir;

  private static List<TaskRow> roundTrip(Path file, TaskRow... rows) throws Exception {
    try (Journal journal = Journal.open(file)) {
      for (TaskRow row : rows) {
        journal.submit(Schema.task(row.snapshot())).join();
      }
    }
    try (Journal journal = Journal.open(file)) {
      return journal.load().tasks();
    }
  }

  @Test
  void everyFieldOfATaskSurvivesTheFile() throws Exception {
    TaskRow full = new TaskRow(1, "A(n=1, s=x, y)", "A", Map.of("n", "1", "s", "x, y"));
    full.workflow = "W";
    full.state = States.RUNNING;
    full.message = "reading file 3";
    full.progress = 0.25;
    full.trackingUrl = "https://batch.example.org/jobs/1";
    full.worker = "h:42";
    full.updated = 1_000_003;
    full.started = 1_000_001;
    full.finished = 1_000_002;
    full.outputs = List.of("out/a.txt", "out/b.txt");
    full.logTail = "last line\n";
    full.deps = new int[] {2, 3};
    TaskRow bare = new TaskRow(2, "B()", "B", Map.of());

    List<TaskRow> loaded = roundTrip(dir.resolve("state.db"), full, bare);

    assertThat(loaded).hasSize(2);
    TaskRow.Snapshot a = loaded.get(0).snapshot();
    TaskRow.Snapshot expected = full.snapshot();
    // Records compare arrays by identity: every field but deps by value, then deps.
    assertThat(new TaskRow.Snapshot(
            a.key(), a.id(), a.family(), a.params(), a.workflow(), a.state(), a.message(),
            a.progress(), a.trackingUrl(), a.worker(), a.updated(), a.started(), a.finished(),
            a.outputs(), a.logTail(), expected.deps()))
        .isEqualTo(expected);
    assertThat(a.deps()).isEqualTo(new int[] {2, 3});
    TaskRow.Snapshot b = loaded.get(1).snapshot();
    assertThat(b.progress()).isNull();
    assertThat(b.message()).isNull();
    assertThat(b.outputs()).isEmpty();
    assertThat(b.deps()).isEmpty();
    assertThat(b.state()).isEqualTo(States.PENDING);
    assertThat(b.params()).isEmpty();
  }
}
