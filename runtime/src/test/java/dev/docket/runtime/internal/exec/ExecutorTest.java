package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.fixtures.Lazy;
import dev.docket.runtime.fixtures.Lazy_Family;
import dev.docket.runtime.fixtures.Lazy_Params;
import dev.docket.runtime.fixtures.Merge_Family;
import dev.docket.runtime.fixtures.Merge_Params;
import dev.docket.runtime.fixtures.Plot_Family;
import dev.docket.runtime.fixtures.Plot_Params;
import dev.docket.runtime.fixtures.Report_Family;
import dev.docket.runtime.fixtures.Report_Params;
import dev.docket.runtime.fixtures.Slow;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ExecutorTest {
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  @Test
  void runsDependenciesFirstAndOnlyWhatIsMissing() throws IOException {
    LocalFileTarget.of("sel", "v1", "wjets.json").writeString("wjets events");
    TaskGraph graph = exec.graphs.plan(Merge_Family.parse());
    RunSummary summary = exec.run(graph, 1);

    assertThat(summary.success()).isTrue();
    assertThat(summary.count(Outcome.RAN)).isEqualTo(4);
    assertThat(summary.count(Outcome.COMPLETE)).isEqualTo(1);
    assertThat(LocalFileTarget.of("merged", "v1.txt").readString())
        .isEqualTo("EVENTS OF TTBAR WITH AT LEAST 4 JETS\nWJETS EVENTS\n");
    assertThat(exec.lines())
        .containsAtLeast(
            "start Selection(dataset=ttbar, minJets=4, version=v1)",
            "start Reconstruction(dataset=ttbar, version=v1)",
            "start Reconstruction(dataset=wjets, version=v1)",
            "start Merge(datasets=ttbar,wjets, version=v1)",
            "  [Merge(datasets=ttbar,wjets, version=v1)] merged 2 datasets")
        .inOrder();
    assertThat(exec.lines().get(1)).matches("\\[1/4\\] done Selection\\(dataset=ttbar, minJets=4, version=v1\\) in \\d+\\.\\d\\d s");
    assertThat(exec.err()).isEmpty();

    TaskGraph complete = exec.graphs.plan(Merge_Family.parse());
    RunSummary again = exec.run(complete, 1);
    assertThat(again.count(Outcome.RAN)).isEqualTo(0);
    assertThat(again.count(Outcome.COMPLETE)).isEqualTo(5);
    assertThat(again.success()).isTrue();
    assertThat(again.notComplete()).isEmpty();
    assertThat(again.failures()).isEmpty();
    // Every task of the graph, in graph order, each complete; none of them started.
    assertThat(again.results().stream().map(TaskResult::id).toList())
        .containsExactlyElementsIn(complete.nodes().stream().map(TaskNode::id).toList())
        .inOrder();
    assertThat(again.results().stream().allMatch(r -> r.outcome() == Outcome.COMPLETE)).isTrue();
    assertThat(again.result(complete.root().id()).startedAt()).isEqualTo(0);
  }

  @Test
  void aTaskWhoseWorkAnotherRunDidCountsAsCompleteNotAsRun() {
    GraphBuilder following = exec.graphs.adapting(f -> f == Lazy_Family.INSTANCE ? new Following() : f);
    RunSummary summary = exec.run(following.plan(Lazy_Family.parse()), 1);
    assertThat(summary.success()).isTrue();
    assertThat(summary.count(Outcome.RAN)).isEqualTo(0);
    assertThat(summary.count(Outcome.COMPLETE)).isEqualTo(1);
    assertThat(exec.out())
        .contains("  [Lazy()] completed by another run meanwhile; not run again\n");
    assertThat(exec.out()).doesNotContain("done Lazy");
  }

  /** {@link Lazy_Family}, whose output another run writes, as a workflow following another client's jobs. */
  private static final class Following extends ForwardingTaskFamily<Lazy> {
    Following() {
      super(Lazy_Family.INSTANCE);
    }

    @Override
    public void run(Lazy task, TaskContext context) throws Exception {
      LocalFileTarget.of("lazy.txt").writeString("written by another run");
      context.completedElsewhere();
    }
  }

  @Test
  void diamondRunsTheSharedTaskOnce() {
    RunSummary summary = exec.run(Plot_Family.parse("--dataset", "ttbar"), 2);
    assertThat(summary.results()).hasSize(3);
    assertThat(summary.count(Outcome.RAN)).isEqualTo(3);
    assertThat(exec.out().split("start Selection", -1)).hasLength(2);
  }

  @Test
  void failureMarksDependantsWhileIndependentBranchesComplete() {
    TaskGraph graph = exec.graphs.plan(Report_Family.parse("--datasets", "fail,ttbar"));
    RunSummary summary = exec.run(graph, 1);

    TaskId failing = new TaskId("Failing", "dataset=fail, version=v1");
    assertThat(summary.success()).isFalse();
    assertThat(summary.result(failing).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(summary.result(failing).reason()).isEqualTo("IOException: disk full");
    TaskResult report = summary.result(graph.root().id());
    assertThat(report.outcome()).isEqualTo(Outcome.FAILED_UPSTREAM);
    assertThat(report.upstream()).isEqualTo(failing);
    assertThat(summary.result(new TaskId("Reconstruction", "dataset=ttbar, version=v1")).outcome())
        .isEqualTo(Outcome.RAN);
    assertThat(LocalFileTarget.of("reco", "v1", "ttbar.json").exists()).isTrue();

    assertThat(exec.out())
        .contains("FAILED Failing(dataset=fail, version=v1): IOException: disk full\n");
    assertThat(exec.out())
        .contains("FAILED_UPSTREAM Report(datasets=fail,ttbar): needs Failing(dataset=fail, version=v1), which failed\n");
    String trace = exec.err();
    assertThat(trace).contains("java.io.IOException: disk full");
    assertThat(trace).contains("at dev.docket.runtime.fixtures.Failing.run");
    assertThat(trace.split("java.io.IOException: disk full", -1)).hasLength(2);
  }

  @Test
  void aFailureFailsEveryTaskThatNeedsIt_notOnlyItsDirectDependants() {
    // Chain(3) needs Chain(2) needs Chain(1) needs Chain(0); Chain(1) fails.
    GraphBuilder breaking = exec.graphs.adapting(f -> f == Chain_Family.INSTANCE ? new BrokenLink(1) : f);
    RunSummary summary =
        exec.run(breaking.plan(TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, 3).build()), 1);

    TaskId broken = new TaskId("Chain", "n=1");
    assertThat(summary.result(new TaskId("Chain", "n=0")).outcome()).isEqualTo(Outcome.RAN);
    assertThat(summary.result(broken).outcome()).isEqualTo(Outcome.FAILED);
    for (String n : List.of("2", "3")) {
      TaskResult dependant = summary.result(new TaskId("Chain", "n=" + n));
      assertThat(dependant.outcome()).isEqualTo(Outcome.FAILED_UPSTREAM);
      assertThat(dependant.upstream()).isEqualTo(broken);
    }
    assertThat(summary.count(Outcome.NOT_STARTED)).isEqualTo(0);
    assertThat(exec.lines())
        .containsAtLeast(
            "[3/4] FAILED_UPSTREAM Chain(n=2): needs Chain(n=1), which failed",
            "[4/4] FAILED_UPSTREAM Chain(n=3): needs Chain(n=1), which failed")
        .inOrder();
  }

  /** {@link Chain_Family} whose link {@code n} fails. */
  private static final class BrokenLink extends ForwardingTaskFamily<Chain> {
    private final int n;

    BrokenLink(int n) {
      super(Chain_Family.INSTANCE);
      this.n = n;
    }

    @Override
    public void run(Chain task, TaskContext context) throws Exception {
      if (Chain_Params.valuesOf(task).get(Chain_Params.N) == n) {
        throw new IllegalStateException("broken link");
      }
      delegate().run(task, context);
    }
  }

  @Test
  void aFailedRunLeavesNoOutputThatLooksComplete() throws IOException {
    exec.run(Report_Family.parse("--datasets", "fail"), 1);
    assertThat(LocalFileTarget.of("fail", "v1", "fail.json").exists()).isFalse();
    try (Stream<Path> files = Files.walk(exec.store())) {
      // The store's own bookkeeping (.docket/: output locks) is not an output.
      assertThat(
              files
                  .filter(Files::isRegularFile)
                  .filter(f -> !exec.store().relativize(f).startsWith(".docket"))
                  .toList())
          .isEmpty();
    }
  }

  @Test
  void missingOutputAfterRunIsAFailure() {
    RunSummary summary = exec.run(Report_Family.parse("--datasets", "lazy"), 1);
    TaskResult lazy = summary.result(new TaskId("Lazy", ""));
    assertThat(lazy.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(lazy.reason())
        .isEqualTo("run() finished but output " + exec.store().resolve("lazy.txt") + " does not exist");
    assertThat(exec.err()).isEmpty(); // not the user's stack
  }

  @Test
  void planningErrorsFailTheTask() {
    RunSummary summary =
        exec.run(dev.docket.runtime.spi.TaskBuilder.of(
            dev.docket.runtime.fixtures.Broken_Family.INSTANCE).build(), 1);
    assertThat(summary.results().get(0).outcome()).isEqualTo(Outcome.FAILED);
    assertThat(summary.results().get(0).reason())
        .isEqualTo("IllegalStateException: no inputs configured");
  }

  @Test
  void workersRunTasksInParallel() {
    Slow.barrier = new CyclicBarrier(2); // each Slow waits for the other one: needs 2 workers
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "slow-a,slow-b"), 2);
    assertThat(summary.success()).isTrue();
    assertThat(summary.count(Outcome.RAN)).isEqualTo(3);
  }

  @Test
  void oneWorkerRunsOneTaskAtATime() {
    Slow.barrier = new CyclicBarrier(2);
    Slow.waitMillis = 200;
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "slow-a"), 1);
    assertThat(summary.count(Outcome.FAILED)).isEqualTo(1); // its partner never came
  }

  @Test
  void summaryListsCountsAndFailures() {
    RunSummary summary =
        exec.run(Report_Family.parse("--datasets", "fail,ttbar"), 1);
    exec.clearOut();
    exec.reporter.summary(summary);
    List<String> lines = exec.lines();
    assertThat(lines.get(1)).matches("  in \\d+\\.\\d\\d s, [\\d.]+ tasks/s");
    assertThat(lines.subList(0, 1)).containsExactly("Summary: 2 ran, 0 already complete, 1 failed, 1 failed upstream");
    assertThat(lines.subList(2, lines.size()))
        .containsExactly(
            "  FAILED Failing(dataset=fail, version=v1): IOException: disk full",
            "  FAILED_UPSTREAM Report(datasets=fail,ttbar): needs Failing(dataset=fail, version=v1), which failed",
            "Not done: Report(datasets=fail,ttbar) is not complete.")
        .inOrder();
  }

  private static List<String> lines(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
