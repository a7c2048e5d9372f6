package ${package};

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.runtime.testing.TaskTester;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cuts are parameters: every selected event passes them, tighter cuts keep fewer. */
class SelectEventsTest {
  @TempDir Path store;

  @Test
  void everySelectedEventPassesTheCuts() throws Exception {
    try (TaskTester tester = TaskTester.inStore(store)) {
      // Like [GenerateEvents] in docket.cfg: applies to the tasks built as requirements too.
      tester.configure("GenerateEvents", "events-per-chunk", "1000");
      SelectEvents loose = SelectEvents_Builder.create().dataset(Dataset.TTBAR).build();
      SelectEvents tight =
          SelectEvents_Builder.create().dataset(Dataset.TTBAR).minJets(6).minBtags(2).build();
      String log = tester.run(loose).assertSucceeded().log();
      tester.run(tight).assertSucceeded();

      assertTrue(log.contains(" of 4000 events pass"), log); // 4 chunks of 1000

      String[] looseLines = loose.selected().readString().split("\n");
      String[] tightLines = tight.selected().readString().split("\n");
      for (int i = 1; i < tightLines.length; i++) {
        Event event = Event.parse(tightLines[i], "line " + i);
        assertTrue(event.jets() >= 6 && event.btags() >= 2, tightLines[i]);
      }
      assertTrue(tightLines.length > 1, "some events pass even the tight cuts");
      assertTrue(tightLines.length < looseLines.length / 2, "tight cuts keep fewer events");
    }
  }
}
