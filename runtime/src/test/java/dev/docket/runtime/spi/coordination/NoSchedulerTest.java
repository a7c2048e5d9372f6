package dev.docket.runtime.spi.coordination;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.TaskId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A run without a scheduler: every claim granted, no channel, nothing to close. */
class NoSchedulerTest {
  private static final TaskId TASK = new TaskId("Selection", "dataset=ttbar");

  @Test
  void everyTaskIsGrantedToThisRunAndHasNoChannel() throws Exception {
    RunCoordination run = Coordinator.NONE.startRun(TASK, List.of());

    assertThat(run).isSameInstanceAs(RunCoordination.NONE);
    assertThat(run.claim(TASK)).isEqualTo(new Claim(Claim.Decision.RUN, ""));
    assertThat(run.channel(TASK)).isSameInstanceAs(TaskChannel.NONE);
    run.ended(TASK, Outcome.RAN, null);
    run.finished();
    Coordinator.NONE.close();
  }

  @Test
  void theEmptyChannelHasNoMessageForTheTask() {
    TaskChannel.NONE.status("reading");
    TaskChannel.NONE.progress(0.5);
    TaskChannel.NONE.trackingUrl("https://example.org/job/1");

    assertThat(TaskChannel.NONE.nextMessage()).isEmpty();
  }
}
