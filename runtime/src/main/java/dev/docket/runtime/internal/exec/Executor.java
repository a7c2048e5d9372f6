package dev.docket.runtime.internal.exec;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TaskResult;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.internal.store.AtomicFiles;
import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.internal.store.StoreContainment;
import dev.docket.runtime.spi.TaskRegistry;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import javax.inject.Inject;

/**
 * Runs the incomplete tasks of a planned graph, dependencies first, on {@code workers} threads.
 *
 * <p>There is no scheduling thread: each worker takes the next ready task (in graph order, so
 * with one worker the run order is the graph's topological order) from the shared
 * {@link Schedule} under one lock, runs it outside the lock, and records its end, which may
 * make further tasks ready. A hand-off per task between threads would cost more than a task
 * that does little. The calling thread only waits and, every interval, reports progress.
 *
 * <p>A failure marks every task above it {@link Outcome#FAILED_UPSTREAM}; tasks that do not
 * depend on it keep running unless {@link RunSettings#keepGoing()} is off. After {@code run}
 * returns, every output must exist.
 */
public final class Executor {
  private final Reporter reporter;
  private final GraphBuilder graphs;
  private final TaskRunner runner;

  public Executor(Reporter reporter) {
    this(reporter, new GraphBuilder(TaskRegistry.global()));
  }

  @Inject
  public Executor(Reporter reporter, GraphBuilder graphs) {
    this.reporter = reporter;
    this.graphs = graphs;
    this.runner = new TaskRunner(reporter, this::runDynamic, this::interrupted);
  }

  /**
   * How long the tasks that run when the run is interrupted have to stop (they are interrupted;
   * Java cannot kill a thread). Those still running then are left behind, their unfinished
   * files removed, so that an interrupted process ends soon whatever its tasks do.
   */
  static final long STOP_GRACE_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** The scheduler's side of the run in progress, for the dynamic dependencies of its tasks. */
  private volatile CoordinatedRun coordinated = CoordinatedRun.NONE;

  /** The settings of the run in progress, for the dynamic dependencies of its tasks. */
  private volatile RunSettings current = RunSettings.of(1);

  /** The signal that interrupted this executor's run, or {@code null}. */
  private volatile String interruptedBy;

  /** The run in progress, which {@link #interrupt} stops; {@code null} between runs. */
  private volatile Active active;

  /** Runs what is incomplete in {@code graph} with {@code workers} threads and the defaults. */
  public RunSummary execute(TaskGraph graph, int workers) {
    return execute(graph, RunSettings.of(workers));
  }

  /** Runs what is incomplete in {@code graph}; returns an outcome for every node. */
  public RunSummary execute(TaskGraph graph, RunSettings settings) {
    long start = System.nanoTime();
    current = settings;
    if (graph.root().complete()) {
      return upToDate(graph, start);
    }
    // Before anything runs: no task that would run writes outside the store.
    for (TaskNode node : graph.nodes()) {
      if (!node.complete() && node.planningError() == null) {
        StoreContainment.requireInside(node.id(), node.outputs());
      }
    }
    settings.invoker().prepare(graph); // e.g. a sandbox that cannot start: bad input, now
    Schedule schedule = new Schedule(graph.nodes(), reporter, settings);
    schedule.deferReports(); // the workers print outside the lock (work)
    CoordinatedRun coordinated =
        CoordinatedRun.start(graph, settings.coordinator(), reporter, this::interrupted);
    this.coordinated = coordinated;
    reporter.begin(settings.progress(), schedule.total, start);
    Sync sync = new Sync();
    OutputLocks locks = OutputLocks.of(LocalStore.root());
    List<Thread> threads = new ArrayList<>(settings.workers());
    Active run = new Active(schedule, sync, threads);
    sync.lock.lock(); // no worker takes a task before an interrupt that came meanwhile stops them
    try {
      for (int w = 1; w <= settings.workers(); w++) {
        Thread thread = new Thread(() -> work(schedule, settings, sync, locks, coordinated), "docket-worker-" + w);
        thread.setDaemon(true);
        threads.add(thread);
        thread.start();
      }
      active = run;
      if (interruptedBy != null) {
        schedule.stop();
      }
    } finally {
      sync.lock.unlock();
    }
    long interval = Math.max(1, settings.progressInterval().toNanos());
    long giveUpAt = 0; // when tasks that do not stop after an interrupt are left behind
    boolean leftBehind = false;
    sync.lock.lock();
    try {
      long nextReport = System.nanoTime() + interval;
      while (!schedule.over()) {
        long now = System.nanoTime();
        if (interruptedBy != null) {
          giveUpAt = giveUpAt == 0 ? now + STOP_GRACE_NANOS : giveUpAt;
          if (now - giveUpAt >= 0) {
            leftBehind = true;
            break;
          }
        }
        long wait = nextReport - now;
        if (wait <= 0) {
          reporter.progress(schedule.done, schedule.running, schedule.pending(), schedule.failed);
          nextReport += interval;
          continue;
        }
        sync.over.awaitNanos(giveUpAt == 0 ? wait : Math.min(wait, giveUpAt - now));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      schedule.stop();
    } finally {
      sync.lock.unlock();
    }
    if (!leftBehind) {
      for (Thread thread : threads) {
        joinQuietly(thread);
      }
    }
    active = null;
    RunSummary summary;
    sync.lock.lock();
    try {
      summary = schedule.summary(graph.root().id(), (System.nanoTime() - start) / 1e9, interruptedBy);
    } finally {
      sync.lock.unlock();
    }
    reporter.end();
    coordinated.finish(summary);
    this.coordinated = CoordinatedRun.NONE;
    // The removal of abandoned temporary files where this run wrote, begun in the background.
    AtomicFiles.awaitCleaned(TimeUnit.SECONDS.toMillis(2));
    if (leftBehind) {
      // Their threads may go on writing; the process ends soon. Nothing half-written stays.
      int removed = AtomicFiles.abandonOpen();
      reporter.note(
          summary.count(Outcome.INTERRUPTED) + " task(s) did not stop within "
              + TimeUnit.NANOSECONDS.toSeconds(STOP_GRACE_NANOS) + " s of the interrupt; left"
              + " behind" + (removed > 0 ? ", their " + removed + " unfinished file(s) removed" : ""));
    }
    return summary;
  }

  /**
   * Interrupts the run in progress, as Ctrl-C or SIGTERM does ({@code signal} names it, as
   * {@code SIGINT}): no task starts any more, the running ones are interrupted, and
   * {@link #execute} returns a summary that says so once they stopped (at most about five
   * seconds later). A run that starts after this call starts nothing. Any thread may call it.
   */
  public void interrupt(String signal) {
    interruptedBy = signal;
    Active run = active;
    if (run != null) {
      run.interrupt();
    }
  }

  private boolean interrupted() {
    return interruptedBy != null;
  }

  /** A run in progress: what {@link #interrupt} must stop. */
  private record Active(Schedule schedule, Sync sync, List<Thread> workers) {
    void interrupt() {
      sync.lock.lock();
      try {
        schedule.stop();
        for (Thread worker : workers) {
          worker.interrupt();
        }
        sync.over.signalAll();
        sync.ready.signalAll();
      } finally {
        sync.lock.unlock();
      }
    }
  }

  /**
   * The run of a graph whose root is complete, which make's rule means every task of it is:
   * nothing to schedule and no worker to start, only the summary to give.
   */
  private RunSummary upToDate(TaskGraph graph, long start) {
    List<TaskNode> nodes = graph.nodes();
    List<TaskId> ids =
        new AbstractList<>() {
          @Override
          public TaskId get(int index) {
            return nodes.get(index).id();
          }

          @Override
          public int size() {
            return nodes.size();
          }
        };
    return RunSummary.allComplete(graph.root().id(), ids, (System.nanoTime() - start) / 1e9);
  }

  /**
   * One lock over the schedule; workers wait on {@code ready}, the calling thread on
   * {@code over}, so that finishing a task wakes nobody who has nothing to do.
   */
  private static final class Sync {
    final ReentrantLock lock = new ReentrantLock();
    final Condition ready = lock.newCondition();
    final Condition over = lock.newCondition();
  }

  private void work(
      Schedule schedule, RunSettings settings, Sync sync, OutputLocks locks, CoordinatedRun coordinated) {
    int index = -1;
    double seconds = 0;
    Throwable error = null;
    boolean elsewhere = false;
    while (true) {
      TaskNode node;
      List<TaskResult> ends;
      sync.lock.lock();
      try {
        if (index >= 0) {
          if (error != null && interruptedBy != null) {
            schedule.interrupted(index, seconds, error);
          } else {
            schedule.finish(index, seconds, error, elsewhere);
          }
          if (error != null && !settings.keepGoing()) {
            schedule.stop();
          }
        }
        ends = schedule.takeReports();
        while ((index = schedule.next()) < 0) {
          // Idle or over: what ended is printed now, before the summary or a long wait.
          reporter.finishedThenStarted(ends, null);
          ends = List.of();
          if (schedule.over()) {
            sync.over.signalAll();
            sync.ready.signalAll();
            return;
          }
          sync.ready.awaitUninterruptibly();
        }
        if (schedule.hasReady()) {
          sync.ready.signal(); // pass the baton: another idle worker may take the next one
        }
        node = schedule.node(index);
      } finally {
        sync.lock.unlock();
      }
      if (node.planningError() != null) {
        reporter.finishedThenStarted(ends, null);
        error = node.planningError();
        seconds = 0;
        elsewhere = false;
        continue;
      }
      // Outside the lock, so that the other workers do not wait for this one's output.
      reporter.finishedThenStarted(ends, node.id());
      long start = System.nanoTime();
      TaskRunner.Result result;
      try {
        result = coordinated.run(node, channel -> runner.run(node, settings, locks, channel));
      } catch (RuntimeException | Error e) { // a bug of ours must not leave the run waiting
        result = new TaskRunner.Result(e, false);
      }
      seconds = (System.nanoTime() - start) / 1e9;
      error = result.error();
      elsewhere = result.doneElsewhere();
    }
  }

  /**
   * Plans {@code task} and runs what it needs on the calling thread (the requester's worker,
   * which would otherwise only wait): the requester's worker slot does the work, so a run
   * never has more than {@code workers} tasks busy. Tasks the main graph is running meanwhile
   * are not run twice: the output locks make this thread wait, then skip them.
   */
  private void runDynamic(TaskId requester, Object task) throws Exception {
    TaskGraph graph = graphs.plan(task);
    if (graph.root().complete()) {
      return;
    }
    reporter.log(requester, "needs " + graph.root().id() + " (dynamic dependency)");
    Schedule schedule = new Schedule(graph.nodes(), reporter);
    OutputLocks locks = OutputLocks.of(LocalStore.root());
    CoordinatedRun coordinated = this.coordinated.dynamic(graph);
    try {
      runDynamic(graph, schedule, locks, coordinated);
    } finally {
      coordinated.finish(schedule.summary(graph.root().id(), 0));
    }
    TaskResult root = schedule.summary(graph.root().id(), 0).result(graph.root().id());
    if (root.outcome() != Outcome.RAN && root.outcome() != Outcome.COMPLETE) {
      throw new DynamicRequirementException(graph.root().id(), root.reason());
    }
  }

  /** Runs the tasks of a dynamic dependency's {@code graph}, each claimed from the scheduler. */
  private void runDynamic(TaskGraph graph, Schedule schedule, OutputLocks locks,
      CoordinatedRun coordinated) throws InterruptedException {
    int index;
    while ((index = schedule.next()) >= 0) {
      if (interruptedBy != null) {
        throw new InterruptedException("the run was interrupted before " + graph.root().id() + " ran");
      }
      TaskNode node = schedule.node(index);
      if (node.planningError() != null) {
        schedule.finish(index, 0, node.planningError(), false);
        continue;
      }
      reporter.started(node.id());
      long begin = System.nanoTime();
      try {
        // The main graph is checked once before its run (execute); a dynamic one only here.
        StoreContainment.requireInside(node.id(), node.outputs());
      } catch (RuntimeException e) {
        schedule.finish(index, 0, e, false);
        continue;
      }
      TaskRunner.Result result =
          coordinated.run(node, channel -> runner.run(node, current, locks, channel));
      schedule.finish(index, (System.nanoTime() - begin) / 1e9, result.error(), result.doneElsewhere());
    }
  }

  private static void joinQuietly(Thread thread) {
    try {
      thread.join(TimeUnit.SECONDS.toMillis(5));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
