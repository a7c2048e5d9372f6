package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.fixtures.Sweep_Family;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.coordination.Claim;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.PlannedTask;
import dev.docket.runtime.spi.coordination.RunCoordination;
import dev.docket.runtime.spi.coordination.TaskChannel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The planned run under a central scheduler, as the scheduler sees it: what it is told of the
 * graph, the claims it answers, each end with its outcome, the failed-upstream tasks reported
 * at the end, and what a task says through its context. Chain(2) → Chain(1) → Chain(0).
 */
class CoordinatedRunTest {
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  private static TaskId link(int n) {
    return new TaskId("Chain", "n=" + n);
  }

  private static Chain chain(int n) {
    return TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, n).build();
  }

  /** A scheduler that writes down what it is told and answers each claim with {@code answer}. */
  private static final class Recorder implements Coordinator {
    final List<String> said = Collections.synchronizedList(new ArrayList<>());
    final List<PlannedTask> planned = Collections.synchronizedList(new ArrayList<>());
    final Function<TaskId, Claim> answer;
    /** Thrown by every channel() when set: a scheduler that breaks under a granted task. */
    volatile RuntimeException channelFailure;

    Recorder(Function<TaskId, Claim> answer) {
      this.answer = answer;
    }

    @Override
    public RunCoordination startRun(TaskId root, List<PlannedTask> tasks) {
      said.add("run " + root);
      planned.addAll(tasks);
      return new RunCoordination() {
        @Override
        public Claim claim(TaskId task) {
          said.add("claim " + task);
          return answer.apply(task);
        }

        @Override
        public TaskChannel channel(TaskId task) {
          if (channelFailure != null) {
            throw channelFailure;
          }
          return new TaskChannel() {
            @Override
            public void status(String message) {
              said.add("status " + task + " " + message);
            }

            @Override
            public void progress(double fraction) {
              said.add("progress " + task + " " + fraction);
            }

            @Override
            public void trackingUrl(String url) {
              said.add("url " + task + " " + url);
            }

            @Override
            public Optional<TaskContext.Message> nextMessage() {
              return Optional.of(new TaskContext.Message() {
                @Override
                public String text() {
                  return "how far?";
                }

                @Override
                public void answer(String reply) {
                  said.add("answer " + task + " " + reply);
                }
              });
            }
          };
        }

        @Override
        public void ended(TaskId task, Outcome outcome, String reason) {
          said.add("ended " + task + " " + outcome + (reason == null ? "" : ": " + reason));
        }

        @Override
        public void finished() {
          said.add("finished " + root);
        }
      };
    }
  }

  /** Chain whose link {@code n} runs {@code body} in place of its own run. */
  private interface Body {
    void run(Chain task, TaskContext context) throws Exception;
  }

  private TaskGraph chainWith(int n, Body body) {
    return exec.graphs
        .adapting(f -> f == Chain_Family.INSTANCE ? new ForwardingTaskFamily<Chain>(Chain_Family.INSTANCE) {
          @Override
          public void run(Chain task, TaskContext context) throws Exception {
            if (Chain_Family.INSTANCE.id(task).equals(link(n))) {
              body.run(task, context);
            } else {
              delegate().run(task, context);
            }
          }
        } : f)
        .plan(chain(2));
  }

  private RunSummary run(TaskGraph graph, Recorder scheduler) {
    return exec.run(graph, RunSettings.of(1).withCoordinator(scheduler));
  }

  @Test
  void theSchedulerIsToldEveryTaskWithWhatItRequiresAndWhetherItIsComplete() throws IOException {
    LocalFileTarget.of("chain", "0.txt").writeString("0");
    Recorder scheduler = new Recorder(task -> Claim.GRANTED);

    RunSummary summary = exec.run(chain(2), RunSettings.of(1).withCoordinator(scheduler));

    assertThat(summary.success()).isTrue();
    assertThat(scheduler.planned.stream()
            .map(t -> t.id() + " complete=" + t.complete() + " requires=" + Arrays.toString(t.requires())
                + " workflow=" + t.workflow())
            .toList())
        .containsExactly(
            link(0) + " complete=true requires=[] workflow=null",
            link(1) + " complete=false requires=[0] workflow=null",
            link(2) + " complete=false requires=[1] workflow=null")
        .inOrder();
    assertThat(scheduler.said)
        .containsExactly(
            "run " + link(2),
            "claim " + link(1), "ended " + link(1) + " RAN",
            "claim " + link(2), "ended " + link(2) + " RAN",
            "finished " + link(2))
        .inOrder();
  }

  @Test
  void aWorkflowIsToldByItsFamilysName() {
    Recorder scheduler = new Recorder(task -> new Claim(Claim.Decision.DONE_ELSEWHERE, "w"));
    exec.run(Sweep_Family.parse("--size", "2"), RunSettings.of(1).withCoordinator(scheduler));
    assertThat(scheduler.planned.get(0).workflow()).isEqualTo("Sweep");
  }

  @Test
  void aTaskAnotherWorkerCompletedIsNotRunHere_countsAsComplete_andItsDependantRuns() {
    Recorder scheduler = new Recorder(task -> task.equals(link(1))
        ? new Claim(Claim.Decision.DONE_ELSEWHERE, "worker h:7")
        : Claim.GRANTED);

    RunSummary summary = exec.run(chain(2), RunSettings.of(1).withCoordinator(scheduler));

    assertThat(summary.success()).isTrue();
    assertThat(summary.result(link(1)).outcome()).isEqualTo(Outcome.COMPLETE);
    assertThat(summary.result(link(2)).outcome()).isEqualTo(Outcome.RAN);
    assertThat(LocalFileTarget.of("chain", "1.txt").exists()).isFalse(); // not run here
    assertThat(exec.out())
        .contains("  [Chain(n=1)] completed by another worker meanwhile (worker h:7); not run again\n");
    assertThat(scheduler.said).doesNotContain("ended " + link(1) + " RAN");
    assertThat(scheduler.said).contains("ended " + link(2) + " RAN");
  }

  @Test
  void aFailureIsReportedWithItsFirstLine_andEveryTaskAboveItAsFailedUpstreamAtTheEnd() {
    Recorder scheduler = new Recorder(task -> Claim.GRANTED);
    TaskGraph graph = chainWith(0, (task, context) -> {
      throw new IOException("disk full\nsecond line");
    });

    RunSummary summary = run(graph, scheduler);

    assertThat(summary.result(link(2)).outcome()).isEqualTo(Outcome.FAILED_UPSTREAM);
    assertThat(scheduler.said)
        .containsExactly(
            "run " + link(2),
            "claim " + link(0), "ended " + link(0) + " FAILED: IOException: disk full",
            "ended " + link(1) + " FAILED_UPSTREAM: needs Chain(n=0), which failed",
            "ended " + link(2) + " FAILED_UPSTREAM: needs Chain(n=0), which failed",
            "finished " + link(2))
        .inOrder();
  }

  @Test
  void aTaskInterruptedWithTheRunIsReportedInterrupted_notFailed() {
    Recorder scheduler = new Recorder(task -> Claim.GRANTED);
    TaskGraph graph = chainWith(0, (task, context) -> {
      exec.executor.interrupt("SIGINT");
      throw new InterruptedException("sleep interrupted");
    });

    RunSummary summary = run(graph, scheduler);

    assertThat(summary.result(link(0)).outcome()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(scheduler.said).contains("ended " + link(0) + " INTERRUPTED: InterruptedException: sleep interrupted");
    assertThat(scheduler.said).doesNotContain("claim " + link(1));
    assertThat(scheduler.said.get(scheduler.said.size() - 1)).isEqualTo("finished " + link(2));
  }

  @Test
  void whatATaskSaysThroughItsContextReachesItsChannel_itsProgressKeptBetweenZeroAndOne() {
    Recorder scheduler = new Recorder(task -> Claim.GRANTED);
    TaskGraph graph = chainWith(1, (task, context) -> {
      context.setStatusMessage("half way");
      context.setProgress(0.25);
      context.setProgress(1.5);
      context.setProgress(-0.5);
      context.setProgress(Double.NaN);
      context.setTrackingUrl("http://127.0.0.1/job/1");
      context.nextMessage().ifPresent(m -> m.answer("at " + m.text()));
      LocalFileTarget.of("chain", "1.txt").writeString("1");
    });

    assertThat(run(graph, scheduler).success()).isTrue();

    String one = " " + link(1) + " ";
    assertThat(scheduler.said)
        .containsAtLeast(
            "status" + one + "half way",
            "progress" + one + "0.25",
            "progress" + one + "1.0",
            "progress" + one + "0.0",
            "progress" + one + "0.0",
            "url" + one + "http://127.0.0.1/job/1",
            "answer" + one + "at how far?",
            "ended " + link(1) + " RAN")
        .inOrder();
  }

  @Test
  void aSchedulerWhoseChannelBreaksFailsTheTaskAndHearsOfIt() {
    Recorder scheduler = new Recorder(task -> Claim.GRANTED);
    scheduler.channelFailure = new IllegalStateException("no channel to the scheduler");

    RunSummary summary = run(chainWith(2, (task, context) -> {}), scheduler);

    assertThat(summary.result(link(0)).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(summary.result(link(0)).reason())
        .isEqualTo("IllegalStateException: no channel to the scheduler");
    assertThat(scheduler.said)
        .contains("ended Chain(n=0) FAILED: IllegalStateException: no channel to the scheduler");
  }
}
