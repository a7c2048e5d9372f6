package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.Target;
import dev.docket.runtime.testing.TaskRun;
import dev.docket.runtime.testing.TaskTester;
import dev.docket.runtime.workflow.Workflows;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generation: a workflow with one branch per chunk, seeded, so the same chunk is the same
 * file every time.
 */
class GenerateEventsTest {
  @TempDir Path first;
  @TempDir Path second;

  @Test
  void generatesOneFilePerChunkAndTheSameEventsForTheSameSeed() throws Exception {
    List<String> contents;
    try (TaskTester tester = TaskTester.inStore(first)) {
      GenerateEvents events =
          GenerateEvents_Builder.create().dataset(Dataset.TTBAR).chunks(3).eventsPerChunk(200).build();
      TaskRun run = tester.run(events).assertSucceeded();

      // The three branches, then the workflow (which runs nothing: its branches ran before it).
      assertEquals(4, run.ranCount("GenerateEvents"));
      assertTrue(run.log().contains("200 events of ttbar, chunk 2 of 3"), run.log());
      assertEquals(
          List.of(0, 1, 2), Workflows.branchesOf(events).stream().map(b -> b.branch).toList());
      contents = read(events.files());
      assertEquals(201, contents.get(0).split("\n").length); // header and 200 events
      assertNotEquals(contents.get(0), contents.get(1), "chunks must differ");
    }
    try (TaskTester tester = TaskTester.inStore(second)) {
      GenerateEvents again =
          GenerateEvents_Builder.create().dataset(Dataset.TTBAR).chunks(3).eventsPerChunk(200).build();
      tester.run(again).assertSucceeded();
      assertEquals(contents, read(again.files()));
    }
  }

  @Test
  void dataFollowTheExpectedYield() throws Exception {
    try (TaskTester tester = TaskTester.inStore(first)) {
      GenerateEvents data = GenerateEvents_Builder.create().dataset(Dataset.DATA).chunks(2).build();
      tester.run(data).assertSucceeded();
      long events = 0;
      for (String chunk : read(data.files())) {
        events += chunk.split("\n").length - 1;
      }
      double expected =
          EventGenerator.TRUE_MU * Dataset.TTBAR.expectedEvents
              + Dataset.SINGLE_TOP.expectedEvents + Dataset.WJETS.expectedEvents;
      assertEquals(expected, events, 5 * Math.sqrt(expected));
    }
  }

  @Test
  void oneBranchIsOneChunk() throws Exception {
    try (TaskTester tester = TaskTester.inStore(first)) {
      GenerateEvents chunk =
          GenerateEvents_Builder.create().dataset(Dataset.WJETS).branch(1).eventsPerChunk(100).build();
      TaskRun run = tester.run(chunk).assertSucceeded();
      assertEquals(1, run.ranCount("GenerateEvents"), "only that branch runs");
      assertTrue(chunk.events().path().endsWith(Path.of("events/v1/wjets/chunk1.csv")));
      assertEquals(101, chunk.events().readString().split("\n").length);
    }
  }

  @Test
  void aChunkOutsideTheDatasetFailsWithAClearMessage() {
    try (TaskTester tester = TaskTester.inStore(first)) {
      GenerateEvents chunk =
          GenerateEvents_Builder.create().dataset(Dataset.WJETS).branch(7).chunks(4).build();
      TaskRun run = tester.run(chunk);
      assertEquals(Outcome.FAILED, run.outcome(chunk));
      assertTrue(
          run.log().contains("branch 7 of GenerateEvents(")
              && run.log().contains("does not exist: its branch map has branches 0 to 3"),
          run.log());
      assertTrue(run.outputs(chunk).stream().noneMatch(Target::exists), "no output left behind");
    }
  }

  private static List<String> read(List<LocalFileTarget> files) throws Exception {
    List<String> out = new java.util.ArrayList<>();
    for (LocalFileTarget file : files) {
      out.add(file.readString());
    }
    return out;
  }
}
