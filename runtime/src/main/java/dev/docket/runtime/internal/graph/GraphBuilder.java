package dev.docket.runtime.internal.graph;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.remote.RemoteContainment;
import dev.docket.runtime.internal.store.StoreContainment;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskFamily;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.inject.Inject;

/**
 * Builds the {@link TaskGraph} of a requested task, breadth first and without recursion (a chain
 * of 100,000 tasks must not overflow the stack).
 *
 * <p>Completeness is make's, decided dependencies first: a task is complete when all its
 * outputs exist, every task it requires is complete, and no output of a required task is newer
 * than its own oldest output. So deleting an intermediate output re-runs that task and
 * everything downstream of it, as {@code make} would. A task without outputs (a wrapper) is
 * complete when its requirements are. {@link #expand} stops at a depth, for the commands that
 * clean part of the graph. Whatever a task's {@code requirements} or {@code outputs} throws
 * becomes that task's {@link TaskNode#planningError()}, except bad input: a
 * {@link BadInputException}, such as a parameter value that leads an output out of the store
 * ({@link StoreContainment}; remote outputs, {@link RemoteContainment}), refuses the whole command before anything runs or is removed.
 *
 * <p>On request ({@link PlanningPool#configuredThreads()}; one thread by default), a level of a
 * thousand tasks or more is planned on a few threads ({@link LevelWalk}, {@link PlanningPool}):
 * the tasks' {@code requirements} and {@code outputs} then run concurrently, and the graph is
 * the one a single thread would make.
 */
public final class GraphBuilder {
  private final TaskRegistry registry;
  private final UnaryOperator<TaskFamily<?>> adapter;
  /** Threads that plan, or 0 for {@link PlanningPool#configuredThreads()}. */
  private final int threads;
  /** Tasks of one level from which the level is planned on several threads. */
  private final int minParallel;

  @Inject
  public GraphBuilder(TaskRegistry registry) {
    this(registry, UnaryOperator.identity(), 0, PlanningPool.MIN_PARALLEL);
  }

  private GraphBuilder(
      TaskRegistry registry, UnaryOperator<TaskFamily<?>> adapter, int threads, int minParallel) {
    this.registry = registry;
    this.adapter = adapter;
    this.threads = threads;
    this.minParallel = minParallel;
  }

  /**
   * A builder that sees every family through {@code adapter}: workflows (#5) replace the
   * generated family of a workflow class with one that requires its branches.
   */
  public GraphBuilder adapting(UnaryOperator<TaskFamily<?>> adapter) {
    return new GraphBuilder(registry, adapter, threads, minParallel);
  }

  /**
   * A builder that plans on {@code threads} threads, a level on several once it has {@code
   * minParallel} tasks: for tests, which need the pool on small graphs.
   */
  GraphBuilder planningThreads(int threads, int minParallel) {
    return new GraphBuilder(registry, adapter, threads, minParallel);
  }

  /** The whole graph of {@code root}, each node's completeness decided. */
  public TaskGraph plan(Object root) {
    return build(root, Integer.MAX_VALUE);
  }

  /**
   * The graph of {@code root} to {@code maxDepth} ({@code 0}: the task alone). Completeness of
   * the nodes at the depth limit only reflects their own outputs.
   */
  public TaskGraph expand(Object root, int maxDepth) {
    return build(root, maxDepth);
  }

  private TaskGraph build(Object rootTask, int maxDepth) {
    int planners = threads > 0 ? threads : PlanningPool.configuredThreads();
    OutputTimes times = OutputTimes.start();
    List<TaskNode> discovered;
    boolean timesRead;
    boolean read;
    try (PlanningPool pool = new PlanningPool(planners, minParallel)) {
      LevelWalk walk = new LevelWalk(registry, adapter, maxDepth, times, pool);
      discovered = walk.walk(rootTask);
      timesRead = walk.timesRead();
    } catch (RuntimeException | Error e) {
      times.abandon(e); // the reading thread must end; what the walk threw is the news
      throw e;
    }
    read = times.finish() && timesRead;
    if (!read) {
      // A target's lastModified threw (a custom target; a local file cannot). Its task must
      // not be expanded, which the walk could not know: walk again, checking every task's
      // outputs before asking for its requirements, on this thread alone (the targets that
      // are not local files are read only here). Rare, so the common walk stays cheap.
      try (PlanningPool alone = new PlanningPool(1, Integer.MAX_VALUE)) {
        discovered = new LevelWalk(registry, adapter, maxDepth, null, alone).walk(rootTask);
      }
    }
    TaskNode root = discovered.get(0);
    List<TaskNode> order = TopologicalOrder.of(root, discovered.size());
    for (TaskNode node : order) {
      if (node.planningError() == null) {
        node.complete(upToDate(node));
      }
    }
    return new TaskGraph(root, order);
  }

  /**
   * Make's rule, applied once the requirements are decided: all outputs exist, every
   * requirement is complete, and no requirement's output is newer than this task's oldest.
   */
  private static boolean upToDate(TaskNode node) {
    if (node.oldestOutput() == Target.MISSING) {
      return false;
    }
    for (int i = 0; i < node.requirementCount(); i++) {
      TaskNode required = node.requirement(i);
      if (!required.complete()) {
        return false;
      }
      if (node.oldestOutput() != Target.UNKNOWN_TIME
          && required.newestOutput() != Target.UNKNOWN_TIME
          && required.newestOutput() > node.oldestOutput()) {
        return false;
      }
    }
    return !node.isWrapper() || node.expanded();
  }
}
