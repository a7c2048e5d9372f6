package dev.docket.runtime;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.internal.exec.InterruptedTaskException;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a run's summary answers: the figures a script or test reads after {@code run}. */
class RunSummaryTest {
  private static final TaskId SEL = new TaskId("Selection", "dataset=ttbar");
  private static final TaskId RECO = new TaskId("Reconstruction", "dataset=ttbar");
  private static final TaskId PLOT = new TaskId("Plot", "dataset=ttbar");
  private static final TaskId CALIB = new TaskId("Calib", "");

  private static TaskResult result(TaskId id, Outcome outcome) {
    return new TaskResult(id, outcome, 0, null, null);
  }

  @Test
  void countsAndListsTheOutcomes() {
    TaskResult failed = new TaskResult(SEL, Outcome.FAILED, 1.5, new IOException("disk full"), null);
    TaskResult upstream = new TaskResult(RECO, Outcome.FAILED_UPSTREAM, 0, null, SEL);
    TaskResult ran = result(CALIB, Outcome.RAN);
    TaskResult stopped = result(PLOT, Outcome.INTERRUPTED);

    RunSummary summary = new RunSummary(PLOT, List.of(ran, failed, upstream, stopped), 2.5, "SIGINT");

    assertThat(summary.count(Outcome.FAILED)).isEqualTo(1);
    assertThat(summary.count(Outcome.RAN)).isEqualTo(1);
    assertThat(summary.count(Outcome.COMPLETE)).isEqualTo(0);
    assertThat(summary.failures()).containsExactly(failed, upstream).inOrder();
    assertThat(summary.interruptions()).containsExactly(stopped);
    assertThat(summary.notComplete()).containsExactly(ran, failed, upstream, stopped).inOrder();
    assertThat(summary.success()).isFalse();
    assertThat(summary.interrupted()).isTrue();
    assertThat(summary.interruptedBy()).isEqualTo("SIGINT");
    assertThat(summary.seconds()).isEqualTo(2.5);
    assertThat(summary.root()).isEqualTo(PLOT);
    assertThat(summary.result(RECO)).isSameInstanceAs(upstream);
    assertThat(summary.toString()).isEqualTo("RunSummary[root=Plot(dataset=ttbar), 4 tasks, 2.5 s]");
  }

  @Test
  void aRunSucceedsWhenItsRootRanOrWasComplete() {
    assertThat(new RunSummary(RECO, List.of(result(SEL, Outcome.FAILED), result(RECO, Outcome.RAN))).success())
        .isTrue(); // a failure elsewhere (e.g. --keep-going) does not make the root fail
    assertThat(new RunSummary(RECO, List.of(result(RECO, Outcome.COMPLETE))).success()).isTrue();
    assertThat(new RunSummary(RECO, List.of(result(RECO, Outcome.NOT_STARTED))).success()).isFalse();
    assertThat(new RunSummary(RECO, List.of(result(SEL, Outcome.RAN))).success()).isFalse(); // no root
    RunSummary plain = new RunSummary(RECO, List.of(result(RECO, Outcome.RAN)));
    assertThat(plain.interrupted()).isFalse();
    assertThat(plain.failures()).isEmpty();
    assertThat(plain.interruptions()).isEmpty();
  }

  @Test
  void aResultOfATaskNotInTheRunIsAnError() {
    RunSummary summary = new RunSummary(RECO, List.of(result(RECO, Outcome.RAN)));

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> summary.result(SEL));

    assertThat(e).hasMessageThat().isEqualTo("no task Selection(dataset=ttbar) in this run");
  }

  @Test
  void aRunWithNothingToDoIsAllComplete() {
    RunSummary summary = RunSummary.allComplete(RECO, List.of(SEL, RECO), 0.25);

    assertThat(summary.count(Outcome.COMPLETE)).isEqualTo(2);
    assertThat(summary.results()).containsExactly(result(SEL, Outcome.COMPLETE), result(RECO, Outcome.COMPLETE))
        .inOrder();
    assertThat(summary.notComplete()).isEmpty();
    assertThat(summary.failures()).isEmpty();
    assertThat(summary.success()).isTrue();
    assertThat(summary.interrupted()).isFalse();
    assertThat(summary.seconds()).isEqualTo(0.25);
  }

  @Test
  void aReasonIsTheFailuresFirstLineOrWhatStoppedIt() {
    assertThat(new TaskResult(SEL, Outcome.FAILED, 0, new IOException("disk full\nat line 2"), null).reason())
        .isEqualTo("IOException: disk full");
    assertThat(new TaskResult(RECO, Outcome.FAILED_UPSTREAM, 0, null, SEL).reason())
        .isEqualTo("needs Selection(dataset=ttbar), which failed");
    assertThat(new TaskResult(RECO, Outcome.INTERRUPTED, 0, new InterruptedException("sleep interrupted"), null)
        .reason()).isEqualTo("stopped when the run was interrupted");
    assertThat(new TaskResult(RECO, Outcome.INTERRUPTED, 0,
        new InterruptedTaskException("2 jobs keep running", new InterruptedException()), null).reason())
        .isEqualTo("stopped when the run was interrupted; 2 jobs keep running");
    assertThat(result(RECO, Outcome.RAN).reason()).isEmpty();
  }

  @Test
  void identitiesAreEqualByFamilyAndParameters() {
    assertThat(new TaskId("Selection", "dataset=ttbar")).isEqualTo(SEL);
    assertThat(new TaskId("Selection", "dataset=ttbar").hashCode()).isEqualTo(SEL.hashCode());
    assertThat(new TaskId("Selection", "dataset=wjets")).isNotEqualTo(SEL);
    assertThat(new TaskId("Reconstruction", "dataset=ttbar")).isNotEqualTo(SEL);
    assertThat(SEL).isNotEqualTo("Selection(dataset=ttbar)");
    assertThat(new TaskId("A", "x=1").hashCode()).isNotEqualTo(new TaskId("A", "x=2").hashCode());
  }
}
