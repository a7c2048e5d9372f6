package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Dynamic_Family;
import dev.docket.runtime.spi.coordination.Claim;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.PlannedTask;
import dev.docket.runtime.spi.coordination.RunCoordination;
import dev.docket.runtime.spi.coordination.TaskChannel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dynamic dependencies under a central scheduler: the graph a task asks for at run time is
 * told to the scheduler (as a run of its own), each of its tasks claimed before it runs and its
 * end reported, like the planned tasks; a claim the scheduler refuses is honoured.
 */
class CoordinatedDynamicTest {
  private static final TaskId TTBAR = new TaskId("Selection", "dataset=ttbar, minJets=4, version=v1");

  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  /** A scheduler that records what it is told and answers each claim with {@code answer}. */
  private static final class Recorder implements Coordinator {
    final List<String> said = Collections.synchronizedList(new ArrayList<>());
    final Function<TaskId, Claim> answer;

    Recorder(Function<TaskId, Claim> answer) {
      this.answer = answer;
    }

    @Override
    public RunCoordination startRun(TaskId root, List<PlannedTask> tasks) {
      said.add("run " + root + " " + tasks.stream().map(t -> t.id().toString()).toList());
      return new RunCoordination() {
        @Override
        public Claim claim(TaskId task) {
          said.add("claim " + task);
          return answer.apply(task);
        }

        @Override
        public TaskChannel channel(TaskId task) {
          return TaskChannel.NONE;
        }

        @Override
        public void ended(TaskId task, Outcome outcome, String reason) {
          said.add("ended " + task + " " + outcome);
        }

        @Override
        public void finished() {
          said.add("finished " + root);
        }
      };
    }
  }

  @Test
  void aDynamicDependencyIsToldClaimedAndReported() throws IOException {
    LocalFileTarget.of("datasets.txt").writeString("ttbar\n");
    Recorder scheduler = new Recorder(task -> Claim.GRANTED);

    RunSummary summary = exec.run(Dynamic_Family.parse("--list", "datasets.txt"),
        RunSettings.of(1).withCoordinator(scheduler));

    assertThat(summary.success()).isTrue();
    TaskId dynamic = new TaskId("Dynamic", "list=datasets.txt");
    assertThat(scheduler.said).containsExactly(
        "run " + dynamic + " [" + dynamic + "]",
        "claim " + dynamic,
        "run " + TTBAR + " [" + TTBAR + "]",
        "claim " + TTBAR,
        "ended " + TTBAR + " RAN",
        "finished " + TTBAR,
        "ended " + dynamic + " RAN",
        "finished " + dynamic).inOrder();
  }

  @Test
  void aDynamicDependencyAnotherWorkerFailedIsNotRunHere() throws IOException {
    LocalFileTarget.of("datasets.txt").writeString("ttbar\n");
    Recorder scheduler = new Recorder(task -> task.equals(TTBAR)
        ? new Claim(Claim.Decision.FAILED_ELSEWHERE, "worker h:42: disk full")
        : Claim.GRANTED);

    RunSummary summary = exec.run(Dynamic_Family.parse("--list", "datasets.txt"),
        RunSettings.of(1).withCoordinator(scheduler));

    TaskId dynamic = new TaskId("Dynamic", "list=datasets.txt");
    assertThat(summary.result(dynamic).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(summary.result(dynamic).reason()).contains("failed on another worker: worker h:42: disk full");
    assertThat(LocalFileTarget.of("sel", "v1", "ttbar.json").exists()).isFalse(); // not run here
    assertThat(scheduler.said).contains("finished " + TTBAR);
    assertThat(scheduler.said).doesNotContain("ended " + TTBAR + " RAN");
  }
}
