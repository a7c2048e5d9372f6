package dev.docket.runtime.internal.exec;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.spi.coordination.Claim;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.PlannedTask;
import dev.docket.runtime.spi.coordination.RunCoordination;
import dev.docket.runtime.spi.coordination.TaskChannel;
import dev.docket.runtime.workflow.Workflow;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * A run's tasks under a central scheduler: each is claimed before it runs (a task another
 * worker did meanwhile is not run here) and its end is reported; tasks that failed upstream are
 * reported when the run ends. Without a scheduler ({@link RunCoordination#NONE}) this adds
 * nothing but a call per task.
 */
final class CoordinatedRun {
  private final RunCoordination coordination;
  private final Reporter reporter;
  private final BooleanSupplier interrupted;

  private CoordinatedRun(RunCoordination coordination, Reporter reporter, BooleanSupplier interrupted) {
    this.coordination = coordination;
    this.reporter = reporter;
    this.interrupted = interrupted;
  }

  /** Tells the scheduler of {@code graph} (nothing when there is none). */
  static CoordinatedRun start(
      TaskGraph graph, Coordinator coordinator, Reporter reporter, BooleanSupplier interrupted) {
    if (coordinator == Coordinator.NONE) {
      return new CoordinatedRun(RunCoordination.NONE, reporter, interrupted);
    }
    List<TaskNode> nodes = graph.nodes();
    List<PlannedTask> tasks = new ArrayList<>(nodes.size());
    for (TaskNode node : nodes) {
      int[] requires = new int[node.requirementCount()];
      for (int r = 0; r < requires.length; r++) {
        requires[r] = node.requirement(r).index();
      }
      String workflow =
          Workflow.class.isAssignableFrom(node.family().type()) ? node.family().name() : null;
      tasks.add(new PlannedTask(node.id(), workflow, node.complete(), requires));
    }
    return new CoordinatedRun(
        coordinator.startRun(graph.root().id(), tasks), reporter, interrupted);
  }

  /** Claims {@code node}, runs it with {@code body} if granted, reports how it ended. */
  TaskRunner.Result run(TaskNode node, Function<TaskChannel, TaskRunner.Result> body) {
    Claim claim;
    try {
      claim = coordination.claim(node.id());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new TaskRunner.Result(e, false);
    }
    switch (claim.decision()) {
      case DONE_ELSEWHERE:
        reporter.log(node.id(), "completed by another worker meanwhile (" + claim.detail() + "); not run again");
        return TaskRunner.Result.ELSEWHERE;
      case FAILED_ELSEWHERE:
        return new TaskRunner.Result(
            new IllegalStateException("failed on another worker: " + claim.detail()), false);
      case RUN:
      default:
        break;
    }
    TaskRunner.Result result;
    try {
      result = body.apply(coordination.channel(node.id()));
    } catch (RuntimeException | Error e) {
      coordination.ended(node.id(), Outcome.FAILED, Failures.firstLine(e));
      throw e;
    }
    if (result.error() == null) {
      coordination.ended(node.id(), result.doneElsewhere() ? Outcome.COMPLETE : Outcome.RAN, null);
    } else {
      coordination.ended(
          node.id(), interrupted.getAsBoolean() ? Outcome.INTERRUPTED : Outcome.FAILED,
          Failures.firstLine(result.error()));
    }
    return result;
  }

  /** The run is over: its failed-upstream tasks, then the run itself, are reported. */
  void finish(RunSummary summary) {
    if (coordination == RunCoordination.NONE) {
      return;
    }
    for (TaskResult result : summary.results()) {
      if (result.outcome() == Outcome.FAILED_UPSTREAM) {
        coordination.ended(result.id(), Outcome.FAILED_UPSTREAM, result.reason());
      }
    }
    coordination.finished();
  }
}
