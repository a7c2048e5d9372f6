package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.fixtures.Broken_Family;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Dynamic dependencies at their edges: one that cannot be planned, and one asked for after the
 * run was interrupted. The requester is Chain(n=0), whose run here only asks.
 */
class DynamicEdgesTest {
  private static final TaskId REQUESTER = new TaskId("Chain", "n=0");

  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  private interface Body {
    void run(TaskContext context) throws Exception;
  }

  private TaskGraph requester(Body body) {
    return exec.graphs
        .adapting(f -> f != Chain_Family.INSTANCE ? f : new ForwardingTaskFamily<Chain>(Chain_Family.INSTANCE) {
          @Override
          public void run(Chain task, TaskContext context) throws Exception {
            body.run(context);
          }
        })
        .plan(TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, 0).build());
  }

  @Test
  void aDynamicDependencyThatCannotBePlannedFailsItsRequester() {
    RunSummary summary =
        exec.run(requester(context -> context.require(TaskBuilder.of(Broken_Family.INSTANCE).build())), 1);

    TaskResult result = summary.result(REQUESTER);
    assertThat(result.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(result.reason())
        .isEqualTo("needs Broken() (asked for at run time), which failed:"
            + " IllegalStateException: no inputs configured");
    assertThat(exec.out()).contains("  [Chain(n=0)] needs Broken() (dynamic dependency)\n");
  }

  @Test
  void aDynamicDependencyAskedForAfterTheInterruptDoesNotRun() {
    RunSummary summary = exec.run(requester(context -> {
      exec.executor.interrupt("SIGINT");
      context.require(Selection_Family.parse("--dataset", "ttbar"));
    }), 1);

    assertThat(summary.result(REQUESTER).outcome()).isEqualTo(Outcome.INTERRUPTED);
    assertThat(summary.result(REQUESTER).error())
        .hasMessageThat()
        .isEqualTo("the run was interrupted before Selection(dataset=ttbar, minJets=4, version=v1) ran");
    assertThat(LocalFileTarget.of("sel", "v1", "ttbar.json").exists()).isFalse();
    assertThat(exec.out()).doesNotContain("start Selection");
  }
}
