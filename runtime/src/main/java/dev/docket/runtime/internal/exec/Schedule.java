package dev.docket.runtime.internal.exec;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The bookkeeping of one run, kept in arrays indexed by {@link TaskNode#index()}: how many
 * requirements each task still waits for, who waits for it, which tasks are ready, what
 * happened to each. Not thread-safe: the executor guards it with one lock.
 */
final class Schedule {
  private static final int[] NO_DEPENDANTS = new int[0];
  private final List<TaskNode> nodes;
  private final int[] waiting;
  private final int[][] dependants;
  private final TaskResult[] results;
  private final long[] startedAt;
  /**
   * Ready tasks: higher priority first, then graph order (so one worker runs the graph's
   * topological order).
   */
  private final PriorityQueue<Integer> ready;
  private final int[] priority;
  /** Per task, what it holds while running; {@code null} when no resource is limited. */
  private final long[][] needs;
  private final String[] resourceNames;
  private final long[] available;
  private final Reporter reporter;
  final int total;
  int done;
  int running;
  int failed;
  boolean stopped;
  /** The summary was given: tasks that end later are not recorded (they did not stop in time). */
  private boolean closed;
  /**
   * Ends recorded but not yet reported, when the caller reports them itself after letting go of
   * its lock ({@link #deferReports}, numbered as they are printed); {@code null}: each end is
   * reported as it is recorded.
   */
  private List<TaskResult> unreported;

  Schedule(List<TaskNode> nodes, Reporter reporter) {
    this(nodes, reporter, RunSettings.of(1));
  }

  Schedule(List<TaskNode> nodes, Reporter reporter, RunSettings settings) {
    this.nodes = nodes;
    this.reporter = reporter;
    int n = nodes.size();
    priority = new int[n];
    resourceNames = settings.resourceLimits().keySet().toArray(new String[0]);
    available = new long[resourceNames.length];
    for (int r = 0; r < resourceNames.length; r++) {
      available[r] = settings.resourceLimits().get(resourceNames[r]);
    }
    needs = resourceNames.length == 0 ? null : new long[n][];
    // One lookup per family, not per task: a graph has few families and many tasks.
    Map<String, Scheduling.Policy> policies = new HashMap<>();
    for (int i = 0; i < n; i++) {
      TaskFamily<?> family = nodes.get(i).family();
      Scheduling.Policy policy = policies.get(family.name());
      if (policy == null) {
        policy = settings.tasks().policy(family);
        policies.put(family.name(), policy);
      }
      priority[i] = policy.priority();
      if (needs != null) {
        needs[i] = new long[resourceNames.length];
        if (nodes.get(i).family().coordinates(nodes.get(i).task())) {
          continue; // waits for others' work and holds nothing while it waits
        }
        for (int r = 0; r < resourceNames.length; r++) {
          needs[i][r] = policy.resources().getOrDefault(resourceNames[r], 0L);
        }
      }
    }
    ready =
        new PriorityQueue<>(
            (a, b) -> priority[a] != priority[b] ? Integer.compare(priority[b], priority[a]) : Integer.compare(a, b));
    waiting = new int[n];
    results = new TaskResult[n];
    startedAt = new long[n];
    int[] dependantCount = new int[n];
    int incomplete = 0;
    for (int i = 0; i < n; i++) {
      TaskNode node = nodes.get(i);
      if (node.complete()) {
        results[i] = new TaskResult(node.id(), Outcome.COMPLETE, 0, null, null);
        continue;
      }
      incomplete++;
      for (int r = 0; r < node.requirementCount(); r++) {
        TaskNode required = node.requirement(r);
        if (!required.complete()) {
          waiting[i]++;
          dependantCount[required.index()]++;
        }
      }
    }
    total = incomplete;
    dependants = new int[n][];
    for (int i = 0; i < n; i++) {
      dependants[i] = dependantCount[i] == 0 ? NO_DEPENDANTS : new int[dependantCount[i]];
      dependantCount[i] = 0;
    }
    for (int i = 0; i < n; i++) {
      TaskNode node = nodes.get(i);
      if (node.complete()) {
        continue;
      }
      for (int r = 0; r < node.requirementCount(); r++) {
        TaskNode required = node.requirement(r);
        if (!required.complete()) {
          int k = required.index();
          dependants[k][dependantCount[k]++] = i;
        }
      }
      if (waiting[i] == 0) {
        ready.add(i);
      }
    }
  }

  /**
   * Keeps the ends of tasks for {@link #takeReports} instead of printing them as they are
   * recorded: the executor records under its lock and prints outside it.
   */
  void deferReports() {
    unreported = new ArrayList<>();
  }

  /** The ends recorded since the last call, in order; empty unless {@link #deferReports}. */
  List<TaskResult> takeReports() {
    if (unreported == null || unreported.isEmpty()) {
      return List.of();
    }
    List<TaskResult> taken = unreported;
    unreported = new ArrayList<>();
    return taken;
  }

  TaskNode node(int index) {
    return nodes.get(index);
  }

  /** The next ready task, or -1 when none is ready now (or the run stopped). */
  int next() {
    if (stopped || ready.isEmpty()) {
      return -1;
    }
    int index = needs == null ? ready.poll() : takeFitting();
    if (index < 0) {
      return -1;
    }
    running++;
    startedAt[index] = System.currentTimeMillis();
    return index;
  }

  /** The first ready task, by priority, whose resources are free now; it takes them. */
  private int takeFitting() {
    List<Integer> passed = new ArrayList<>();
    int found = -1;
    while (!ready.isEmpty()) {
      int candidate = ready.poll();
      if (fits(candidate)) {
        found = candidate;
        for (int r = 0; r < available.length; r++) {
          available[r] -= needs[candidate][r];
        }
        break;
      }
      passed.add(candidate);
    }
    ready.addAll(passed);
    return found;
  }

  private boolean fits(int index) {
    for (int r = 0; r < available.length; r++) {
      if (needs[index][r] > available[r]) {
        return false;
      }
    }
    return true;
  }

  boolean hasReady() {
    return !stopped && !ready.isEmpty();
  }

  /** Whether nothing runs and nothing more can start: the run is over. */
  boolean over() {
    return running == 0 && (stopped || ready.isEmpty());
  }

  int pending() {
    return total - done - running;
  }

  /**
   * Records the end of a task taken with {@link #next}; {@code doneElsewhere}: another run
   * completed it meanwhile, it counts as complete.
   */
  void finish(int index, double seconds, Throwable error, boolean doneElsewhere) {
    if (!release(index)) {
      return;
    }
    TaskNode node = nodes.get(index);
    if (error == null) {
      Outcome outcome = doneElsewhere ? Outcome.COMPLETE : Outcome.RAN;
      record(index, new TaskResult(node.id(), outcome, seconds, null, null, startedAt[index]));
      for (int dependant : dependants[index]) {
        if (--waiting[dependant] == 0 && results[dependant] == null) {
          ready.add(dependant);
        }
      }
      return;
    }
    failed++;
    record(index, new TaskResult(node.id(), Outcome.FAILED, seconds, error, null, startedAt[index]));
    failUpstream(index, node.id());
  }

  /**
   * Records the end of a task that was stopped because the run was interrupted: its dependants
   * did not fail, they only do not start.
   */
  void interrupted(int index, double seconds, Throwable error) {
    if (!release(index)) {
      return;
    }
    record(
        index,
        new TaskResult(nodes.get(index).id(), Outcome.INTERRUPTED, seconds, error, null, startedAt[index]));
  }

  /**
   * A task taken with {@link #next} ended: it no longer runs nor holds its resources. False when
   * the end comes after the interrupted run gave its summary, and is not to be recorded.
   */
  private boolean release(int index) {
    if (closed) {
      return false;
    }
    running--;
    if (needs != null) {
      for (int r = 0; r < available.length; r++) {
        available[r] += needs[index][r];
      }
    }
    return true;
  }

  /** Stops starting tasks; those not started end {@link Outcome#NOT_STARTED}. */
  void stop() {
    stopped = true;
  }

  /** Marks everything that needs {@code failed}, directly or not, as failed upstream. */
  private void failUpstream(int failedIndex, TaskId cause) {
    ArrayDeque<Integer> todo = new ArrayDeque<>();
    todo.push(failedIndex);
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
      report(results[index]);
    }
  }

  private void record(int index, TaskResult result) {
    results[index] = result;
    report(result);
  }

  private void report(TaskResult result) {
    ++done;
    if (unreported != null) {
      unreported.add(result);
    } else {
      reporter.finished(done, total, result);
    }
  }

  RunSummary summary(TaskId root, double seconds) {
    return summary(root, seconds, null);
  }

  /**
   * The outcome of every task; after an interrupt ({@code interruptedBy} not {@code null}) a task
   * still running counts as {@link Outcome#INTERRUPTED}, and no later end is recorded.
   */
  RunSummary summary(TaskId root, double seconds, String interruptedBy) {
    closed = interruptedBy != null;
    List<TaskResult> all = new ArrayList<>(results.length);
    for (int i = 0; i < results.length; i++) {
      TaskResult result = results[i];
      if (result == null) {
        boolean running = interruptedBy != null && startedAt[i] != 0;
        result =
            new TaskResult(
                nodes.get(i).id(), running ? Outcome.INTERRUPTED : Outcome.NOT_STARTED, 0, null,
                null, startedAt[i]);
      }
      all.add(result);
    }
    return new RunSummary(root, all, seconds, interruptedBy);
  }
}
