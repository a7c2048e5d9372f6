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
  /** No scheduler: every claim granted, nothing reported. */
  static final CoordinatedRun NONE =
      new CoordinatedRun(Coordinator.NONE, RunCoordination.NONE, null, () -> false);

  private final Coordinator coordinator;
  private final RunCoordination coordination;
  private final Reporter reporter;
  private final BooleanSupplier interrupted;

  private CoordinatedRun(Coordinator coordinator, RunCoordination coordination, Reporter reporter,
      BooleanSupplier interrupted) {
    this.coordinator = coordinator;
    this.coordination = coordination;
    this.reporter = reporter;
    this.interrupted = interrupted;
  }

  /** Tells the scheduler of {@code graph} (nothing when there is none). */
  static CoordinatedRun start(
      TaskGraph graph, Coordinator coordinator, Reporter reporter, BooleanSupplier interrupted) {
    if (coordinator == Coordinator.NONE) {
      return new CoordinatedRun(coordinator, RunCoordination.NONE, reporter, interrupted);
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
        coordinator, coordinator.startRun(graph.root().id(), tasks), reporter, interrupted);
  }

  /**
   * The graph of a dynamic dependency that a task of this run asked for while it ran: the
   * scheduler is told of it as a run of its own by the same worker (its root the dependency),
   * so its tasks are claimed and reported like planned ones and no other worker runs them at
   * the same time. {@link #finish} it when it is over.
   */
  CoordinatedRun dynamic(TaskGraph graph) {
    return coordinator == Coordinator.NONE ? this : start(graph, coordinator, reporter, interrupted);
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
