package dev.docket.runtime.internal.exec;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.fixtures.Reconstruction;
import dev.docket.runtime.fixtures.Reconstruction_Family;
import dev.docket.runtime.fixtures.Reconstruction_Params;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One task's run under its output locks: a task whose outputs another run wrote while this one
 * was planned or waited counts as done elsewhere and does not run again.
 */
class TaskRunnerTest {
  private static final String ELSEWHERE =
      "completed by another run meanwhile; not run again";
  @RegisterExtension final ExecutorFixture exec = new ExecutorFixture();

  private TaskRunner.Result run(TaskNode node) {
    TaskRunner runner = new TaskRunner(exec.reporter, (requester, task) -> {}, () -> false);
    return runner.run(node, RunSettings.of(1), OutputLocks.of(exec.store()));
  }

  private TaskNode selection() {
    return exec.graphs.plan(Selection_Family.parse("--dataset", "ttbar")).root();
  }

  private static LocalFileTarget selected() {
    return LocalFileTarget.of("sel", "v1", "ttbar.json");
  }

  @Test
  void aMissingOutputIsWritten() throws IOException {
    assertThat(run(selection())).isEqualTo(TaskRunner.Result.OK);
    assertThat(selected().readString()).isEqualTo("events of ttbar with at least 4 jets");
    assertThat(exec.out()).doesNotContain(ELSEWHERE);
  }

  @Test
  void anOutputThatAnotherRunWroteAfterPlanningIsNotWrittenAgain() throws IOException {
    TaskNode node = selection(); // planned while the output is missing
    selected().writeString("by another run");

    assertThat(run(node)).isEqualTo(TaskRunner.Result.ELSEWHERE);
    assertThat(selected().readString()).isEqualTo("by another run");
    assertThat(exec.out())
        .isEqualTo("  [Selection(dataset=ttbar, minJets=4, version=v1)] " + ELSEWHERE + "\n");
  }

  /** Reconstruction's old output, older than its Selection's: planned as out of date. */
  private TaskNode outOfDateReconstruction() throws IOException {
    selected().writeString("selected");
    LocalFileTarget reco = LocalFileTarget.of("reco", "v1", "ttbar.json");
    reco.writeString("old");
    setTime(reco.path(), 1_000_000_000_000L);
    setTime(selected().path(), 1_000_000_100_000L);
    TaskNode node = exec.graphs.plan(Reconstruction_Family.parse("--dataset", "ttbar")).root();
    assertThat(node.complete()).isFalse();
    assertThat(node.oldestOutput()).isEqualTo(1_000_000_000_000L);
    return node;
  }

  private static void setTime(Path file, long millis) throws IOException {
    Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
  }

  @Test
  void anOutOfDateOutputThatNobodyRewroteIsWrittenAgain() throws IOException {
    TaskNode node = outOfDateReconstruction();
    assertThat(run(node)).isEqualTo(TaskRunner.Result.OK);
    assertThat(LocalFileTarget.of("reco", "v1", "ttbar.json").readString()).isEqualTo("SELECTED");
  }

  @Test
  void anOutOfDateOutputThatAnotherRunRewroteIsNotWrittenAgain() throws IOException {
    TaskNode node = outOfDateReconstruction();
    LocalFileTarget reco = LocalFileTarget.of("reco", "v1", "ttbar.json");
    reco.writeString("rewritten by another run");
    setTime(reco.path(), 1_000_000_200_000L);

    assertThat(run(node)).isEqualTo(TaskRunner.Result.ELSEWHERE);
    assertThat(reco.readString()).isEqualTo("rewritten by another run");
  }

  @Test
  void aTaskWaitsWhileAnotherHoldsItsOutputLock_thenFindsTheOutputWritten() throws Exception {
    TaskNode node = selection();
    OutputLocks.Held other = OutputLocks.of(exec.store()).acquire(node.outputs());
    CompletableFuture<TaskRunner.Result> waiting = CompletableFuture.supplyAsync(() -> run(node));
    Thread.sleep(300);
    assertThat(waiting.isDone()).isFalse();
    assertThat(selected().exists()).isFalse();

    selected().writeString("by the holder");
    other.close();
    assertThat(waiting.get(30, TimeUnit.SECONDS)).isEqualTo(TaskRunner.Result.ELSEWHERE);
    assertThat(selected().readString()).isEqualTo("by the holder");
  }

  /** Reconstruction, failing after (or, with {@code writes} false, before) its own run. */
  private static final class FailingReconstruction extends ForwardingTaskFamily<Reconstruction> {
    private final boolean writes;

    FailingReconstruction(boolean writes) {
      super(Reconstruction_Family.INSTANCE);
      this.writes = writes;
    }

    @Override
    public void run(Reconstruction task, TaskContext context) throws Exception {
      if (writes) {
        delegate().run(task, context);
      }
      throw new IOException("disk full");
    }
  }

  private TaskNode failingReconstruction(boolean writes) {
    return exec.graphs
        .adapting(f -> f == Reconstruction_Family.INSTANCE ? new FailingReconstruction(writes) : f)
        .plan(Reconstruction_Family.parse("--dataset", "ttbar"))
        .root();
  }

  @Test
  void anOutputWrittenByAFailedAttemptIsRemoved() throws IOException {
    selected().writeString("selected");
    TaskRunner.Result result = run(failingReconstruction(true));
    assertThat(result.error()).hasMessageThat().isEqualTo("disk full");
    LocalFileTarget reco = LocalFileTarget.of("reco", "v1", "ttbar.json");
    assertThat(reco.exists()).isFalse();
    assertThat(exec.out()).contains("removed " + reco.describe() + ", written by the failed run\n");
  }

  @Test
  void anOldOutputAFailedAttemptRewroteIsRemovedAndOneItLeftAloneIsKept() throws IOException {
    outOfDateReconstruction();
    TaskRunner.Result untouched = run(failingReconstruction(false));
    assertThat(untouched.error()).isNotNull();
    LocalFileTarget reco = LocalFileTarget.of("reco", "v1", "ttbar.json");
    assertThat(reco.readString()).isEqualTo("old");
    assertThat(exec.out()).doesNotContain("removed");

    TaskRunner.Result rewrote = run(failingReconstruction(true));
    assertThat(rewrote.error()).isNotNull();
    assertThat(reco.exists()).isFalse();
  }
}
