package dev.docket.runtime.exec;

import dev.docket.runtime.Target;
import dev.docket.runtime.graph.TaskGraph;
import dev.docket.runtime.graph.TaskNode;
import dev.docket.runtime.task.TaskId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.inject.Inject;

/**
 * Runs the incomplete tasks of a planned graph, dependencies first, on {@code workers} threads.
 *
 * <p>The calling thread schedules: it hands ready tasks (all requirements complete) to the pool
 * in graph order, so with one worker the run order is the graph's topological order. A failure
 * marks every task above it {@link Outcome#FAILED_UPSTREAM}; tasks that do not depend on it keep
 * running. After {@code run} returns, every output must exist.
 */
public final class Executor {
  private final Reporter reporter;

  @Inject
  public Executor(Reporter reporter) {
    this.reporter = reporter;
  }

  /** Runs what is incomplete in {@code graph}; returns an outcome for every node. */
  public RunSummary execute(TaskGraph graph, int workers) {
    if (workers < 1) {
      throw new IllegalArgumentException("workers must be at least 1, got " + workers);
    }
    Schedule schedule = new Schedule(graph.nodes());
    AtomicInteger threads = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, "docket-worker-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    try {
      ExecutorCompletionService<Finished> done = new ExecutorCompletionService<>(pool);
      int running = 0;
      while (true) {
        while (running < workers && !schedule.ready.isEmpty()) {
          int index = schedule.ready.poll();
          TaskNode node = schedule.nodes.get(index);
          if (node.planningError() != null) {
            schedule.finish(index, new Finished(index, 0, node.planningError()));
            continue;
          }
          reporter.started(node.id());
          done.submit(() -> runOne(index, node));
          running++;
        }
        if (running == 0) {
          break;
        }
        Finished finished = take(done);
        running--;
        schedule.finish(finished.index, finished);
      }
    } finally {
      pool.shutdownNow();
    }
    return schedule.summary(graph.root().id());
  }

  private static Finished take(ExecutorCompletionService<Finished> done) {
    try {
      return done.take().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while tasks were running", e);
    } catch (ExecutionException e) {
      // runOne catches everything; this would be a bug in the executor itself.
      throw new IllegalStateException(e.getCause());
    }
  }

  private Finished runOne(int index, TaskNode node) {
    long start = System.nanoTime();
    List<Target> outputs = node.outputs();
    boolean[] existed = new boolean[outputs.size()];
    Throwable error = null;
    try {
      for (int i = 0; i < existed.length; i++) {
        existed[i] = outputs.get(i).exists();
      }
      node.family().run(node.task(), new RunContext(node.id(), reporter));
      for (Target output : outputs) {
        if (!output.exists()) {
          throw new MissingOutputException(output.describe());
        }
      }
    } catch (Throwable e) { // the user's code may throw anything; it is that task's failure
      error = e;
      removeNewOutputs(node, outputs, existed, e);
    }
    return new Finished(index, (System.nanoTime() - start) / 1e9, error);
  }

  /**
   * Removes the outputs a failed run created. Atomic writes keep half-written files out of
   * sight, but a stream closed by try-with-resources while an exception propagates cannot tell
   * that it should not publish; a failed task must not leave outputs that look complete.
   */
  private void removeNewOutputs(TaskNode node, List<Target> outputs, boolean[] existed, Throwable e) {
    for (int i = 0; i < existed.length; i++) {
      Target output = outputs.get(i);
      try {
        if (!existed[i] && output.exists()) {
          output.remove();
          reporter.log(node.id(), "removed " + output.describe() + ", written by the failed run");
        }
      } catch (Exception | LinkageError cleanup) {
        e.addSuppressed(cleanup);
      }
    }
  }

  private record Finished(int index, double seconds, Throwable error) {}

  /** The bookkeeping of one run; used by the scheduling thread only. */
  private final class Schedule {
    final List<TaskNode> nodes;
    final Map<TaskNode, Integer> indexOf = new HashMap<>();
    final int[] waiting;
    final int[][] dependants;
    final TaskResult[] results;
    final PriorityQueue<Integer> ready = new PriorityQueue<>();
    final int total;
    int done;

    Schedule(List<TaskNode> nodes) {
      this.nodes = nodes;
      int n = nodes.size();
      waiting = new int[n];
      results = new TaskResult[n];
      int[] dependantCount = new int[n];
      for (int i = 0; i < n; i++) {
        indexOf.put(nodes.get(i), i);
      }
      int incomplete = 0;
      for (int i = 0; i < n; i++) {
        TaskNode node = nodes.get(i);
        if (node.complete()) {
          results[i] = new TaskResult(node.id(), Outcome.COMPLETE, 0, null, null);
          continue;
        }
        incomplete++;
        for (TaskNode required : node.requirements()) {
          if (!required.complete()) {
            waiting[i]++;
            dependantCount[indexOf.get(required)]++;
          }
        }
      }
      total = incomplete;
      dependants = new int[n][];
      for (int i = 0; i < n; i++) {
        dependants[i] = new int[dependantCount[i]];
        dependantCount[i] = 0;
      }
      for (int i = 0; i < n; i++) {
        TaskNode node = nodes.get(i);
        if (node.complete()) {
          continue;
        }
        for (TaskNode required : node.requirements()) {
          if (!required.complete()) {
            int r = indexOf.get(required);
            dependants[r][dependantCount[r]++] = i;
          }
        }
        if (waiting[i] == 0) {
          ready.add(i);
        }
      }
    }

    void finish(int index, Finished finished) {
      TaskNode node = nodes.get(index);
      if (finished.error == null) {
        record(index, new TaskResult(node.id(), Outcome.RAN, finished.seconds, null, null));
        for (int dependant : dependants[index]) {
          if (--waiting[dependant] == 0 && results[dependant] == null) {
            ready.add(dependant);
          }
        }
        return;
      }
      record(
          index, new TaskResult(node.id(), Outcome.FAILED, finished.seconds, finished.error, null));
      failUpstream(index, node.id());
    }

    /** Marks everything that needs {@code failed}, directly or not, as failed upstream. */
    private void failUpstream(int failed, TaskId cause) {
      ArrayDeque<Integer> todo = new ArrayDeque<>();
      todo.push(failed);
      List<Integer> marked = new ArrayList<>();
      while (!todo.isEmpty()) {
        for (int dependant : dependants[todo.pop()]) {
          if (results[dependant] == null) {
            results[dependant] =
                new TaskResult(nodes.get(dependant).id(), Outcome.FAILED_UPSTREAM, 0, null, cause);
            marked.add(dependant);
            todo.push(dependant);
          }
        }
      }
      marked.sort(null); // report in graph order
      for (int index : marked) {
        reporter.finished(++done, total, results[index]);
      }
    }

    private void record(int index, TaskResult result) {
      results[index] = result;
      reporter.finished(++done, total, result);
    }

    RunSummary summary(TaskId root) {
      List<TaskResult> all = new ArrayList<>(results.length);
      for (TaskResult result : results) {
        all.add(result);
      }
      return new RunSummary(root, all);
    }
  }
}
