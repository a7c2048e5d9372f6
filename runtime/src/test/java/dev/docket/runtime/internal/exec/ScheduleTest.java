package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.TaskBuilder;
import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The bookkeeping of one run, driven by hand on Chain(2) → Chain(1) → Chain(0) (graph order
 * 0, 1, 2): what is ready, running and pending after each step.
 */
class ScheduleTest {
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();
  private Schedule schedule;

  @BeforeEach
  void chainOfThree() {
    TaskGraph graph =
        exec.graphs.plan(TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, 2).build());
    schedule = new Schedule(graph.nodes(), exec.reporter);
  }

  private static TaskId link(int n) {
    return new TaskId("Chain", "n=" + n);
  }

  @Test
  void onlyTheFirstLinkIsReady_eachEndMakesTheNextOneReady() {
    assertThat(schedule.total).isEqualTo(3);
    assertThat(schedule.pending()).isEqualTo(3);
    assertThat(schedule.hasReady()).isTrue();
    assertThat(schedule.next()).isEqualTo(0);
    assertThat(schedule.hasReady()).isFalse();
    assertThat(schedule.next()).isEqualTo(-1);
    assertThat(schedule.running).isEqualTo(1);
    assertThat(schedule.pending()).isEqualTo(2);
    assertThat(schedule.over()).isFalse();

    schedule.finish(0, 0.5, null, false);
    assertThat(schedule.done).isEqualTo(1);
    assertThat(schedule.running).isEqualTo(0);
    assertThat(schedule.pending()).isEqualTo(2);
    assertThat(schedule.next()).isEqualTo(1);
    schedule.finish(1, 0.5, null, true); // done elsewhere: complete, and still unblocks
    assertThat(schedule.next()).isEqualTo(2);
    schedule.finish(2, 0.5, null, false);
    assertThat(schedule.over()).isTrue();
    assertThat(schedule.pending()).isEqualTo(0);

    RunSummary summary = schedule.summary(link(2), 1.5);
    assertThat(summary.result(link(0)).outcome()).isEqualTo(Outcome.RAN);
    assertThat(summary.result(link(1)).outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(summary.result(link(2)).outcome()).isEqualTo(Outcome.RAN);
    assertThat(summary.success()).isTrue();
  }

  @Test
  void aStoppedScheduleStartsNothing_andWhatWasNotStartedSaysSo() {
    schedule.stop();
    assertThat(schedule.hasReady()).isFalse();
    assertThat(schedule.next()).isEqualTo(-1);
    assertThat(schedule.over()).isTrue();
    RunSummary summary = schedule.summary(link(2), 0);
    assertThat(summary.count(Outcome.NOT_STARTED)).isEqualTo(3);
    assertThat(summary.interrupted()).isFalse();
  }

  @Test
  void anInterruptedTaskDoesNotFailItsDependants() {
    int first = schedule.next();
    schedule.stop();
    schedule.interrupted(first, 0.2, new InterruptedException());
    assertThat(schedule.running).isEqualTo(0);
    assertThat(schedule.failed).isEqualTo(0);
    assertThat(schedule.done).isEqualTo(1);
    assertThat(schedule.over()).isTrue();

    RunSummary summary = schedule.summary(link(2), 1, "SIGINT");
    assertThat(summary.result(link(0)).outcome()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(summary.result(link(0)).seconds()).isEqualTo(0.2);
    assertThat(summary.result(link(1)).outcome()).isEqualTo(Outcome.NOT_STARTED);
    assertThat(summary.result(link(2)).outcome()).isEqualTo(Outcome.NOT_STARTED);
    assertThat(exec.out()).contains("[1/3] INTERRUPTED Chain(n=0): stopped when the run was interrupted");
  }

  @Test
  void aTaskStillRunningAtAnInterruptedSummaryIsInterrupted_andItsLaterEndIsNotRecorded() {
    int first = schedule.next();
    RunSummary summary = schedule.summary(link(2), 1, "SIGTERM");
    assertThat(summary.result(link(0)).outcome()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(summary.result(link(0)).startedAt()).isGreaterThan(0L);
    assertThat(summary.result(link(1)).outcome()).isEqualTo(Outcome.NOT_STARTED);

    exec.clearOut();
    schedule.finish(first, 5, null, false);
    assertThat(schedule.done).isEqualTo(0);
    assertThat(schedule.running).isEqualTo(1);
    assertThat(exec.out()).isEmpty();
  }

  @Test
  void aFailureCountsOnce_andMarksEveryDependantInGraphOrderWithItsCause() {
    int first = schedule.next();
    schedule.finish(first, 0.1, new IOException("disk full"), false);
    assertThat(schedule.failed).isEqualTo(1);
    assertThat(schedule.done).isEqualTo(3);
    assertThat(schedule.pending()).isEqualTo(0);
    assertThat(schedule.over()).isTrue();
    assertThat(exec.lines())
        .containsExactly(
            "[1/3] FAILED Chain(n=0): IOException: disk full",
            "[2/3] FAILED_UPSTREAM Chain(n=1): needs Chain(n=0), which failed",
            "[3/3] FAILED_UPSTREAM Chain(n=2): needs Chain(n=0), which failed")
        .inOrder();
  }

  @Test
  void deferredEndsWaitForTheirWorker_inOrder_andAreTakenOnce() {
    schedule.deferReports();
    int first = schedule.next();
    schedule.finish(first, 0.1, new IOException("disk full"), false);
    assertThat(exec.out()).isEmpty(); // nothing printed under the executor's lock
    assertThat(schedule.done).isEqualTo(3);
    assertThat(schedule.takeReports().stream().map(r -> r.outcome() + " " + r.id()).toList())
        .containsExactly(
            "FAILED Chain(n=0)", "FAILED_UPSTREAM Chain(n=1)", "FAILED_UPSTREAM Chain(n=2)")
        .inOrder();
    assertThat(schedule.takeReports()).isEmpty();
  }
}
