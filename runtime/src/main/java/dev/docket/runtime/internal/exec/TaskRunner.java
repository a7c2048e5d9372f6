package dev.docket.runtime.internal.exec;

import dev.docket.runtime.Target;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.coordination.TaskChannel;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Runs one task on the calling worker thread: its {@code run}, then the check that every
 * output exists; retries a failure as its family's {@link Scheduling.Policy} allows, with a
 * doubling back-off; enforces its timeout. A failed attempt leaves no output it created.
 */
final class TaskRunner {
  private final Reporter reporter;
  private final RunContext.DynamicRequirements dynamic;
  /** Whether the run was interrupted: a failed attempt is then not retried. */
  private final BooleanSupplier interrupted;

  TaskRunner(
      Reporter reporter, RunContext.DynamicRequirements dynamic, BooleanSupplier interrupted) {
    this.reporter = reporter;
    this.dynamic = dynamic;
    this.interrupted = interrupted;
  }

  /** What became of one task: {@code error} is {@code null} on success. */
  record Result(Throwable error, boolean doneElsewhere) {
    static final Result OK = new Result(null, false);
    static final Result ELSEWHERE = new Result(null, true);
  }

  /**
   * Runs {@code node} while holding the locks of its outputs; a task whose outputs another
   * process wrote while this one waited for the locks does not run again.
   */
  Result run(TaskNode node, RunSettings settings, OutputLocks locks) {
    return run(node, settings, locks, TaskChannel.NONE);
  }

  /** {@link #run(TaskNode, RunSettings, OutputLocks)} with the task's line to the scheduler. */
  Result run(TaskNode node, RunSettings settings, OutputLocks locks, TaskChannel channel) {
    if (node.outputs().isEmpty()) {
      return runWithRetries(node, settings, channel, new long[0]);
    }
    try (OutputLocks.Held held = locks.acquire(node.outputs())) {
      // Read once under the locks: what another run wrote, and what the first attempt starts from.
      long[] times = timesUnderLocks(node);
      if (writtenSincePlanned(node, times)) {
        return completedElsewhere(node);
      }
      return runWithRetries(node, settings, channel, times);
    } catch (IOException | RuntimeException e) {
      return new Result(e, false);
    }
  }

  /** Each output's {@link Target#lastModified}, in order. */
  private static long[] times(List<Target> outputs) {
    long[] times = new long[outputs.size()];
    for (int i = 0; i < times.length; i++) {
      times[i] = outputs.get(i).lastModified();
    }
    return times;
  }

  /**
   * Each output's time, read once the locks are held. When planning found an output missing (a
   * full run: every task's case), whether it exists now is asked first: for a local file that
   * is one {@code stat} where {@link Target#lastModified} needs two to tell a missing file
   * from one dated 1970; the time is read only when another run wrote it meanwhile.
   */
  private static long[] timesUnderLocks(TaskNode node) {
    if (node.oldestOutput() != Target.MISSING) {
      return times(node.outputs());
    }
    List<Target> outputs = node.outputs();
    long[] times = new long[outputs.size()];
    for (int i = 0; i < times.length; i++) {
      Target output = outputs.get(i);
      boolean ask = output instanceof CompositeTarget || output.exists(); // branches: as before
      times[i] = ask ? output.lastModified() : Target.MISSING;
    }
    return times;
  }

  /** {@code node} was run by another process: said in its log, not run (again) here. */
  private Result completedElsewhere(TaskNode node) {
    reporter.log(node.id(), "completed by another run meanwhile; not run again");
    return Result.ELSEWHERE;
  }

  /**
   * Whether every output exists now and was written after planning saw it missing or old:
   * then another process ran the task while this one waited.
   */
  private static boolean writtenSincePlanned(TaskNode node, long[] times) {
    long oldest = Long.MAX_VALUE;
    boolean timesKnown = true;
    List<Target> outputs = node.outputs();
    for (int i = 0; i < times.length; i++) {
      if (outputs.get(i) instanceof CompositeTarget) {
        // A workflow's collection of branch outputs is written by this run's own branch
        // tasks: nothing tells another run's work from ours, so run it.
        return false;
      }
      long modified = times[i];
      if (modified == Target.MISSING) {
        return false;
      }
      timesKnown &= modified != Target.UNKNOWN_TIME;
      oldest = Math.min(oldest, modified);
    }
    if (node.oldestOutput() == Target.MISSING) {
      // Without times (a custom target) nothing tells another run's work from ours: run it.
      return timesKnown;
    }
    return timesKnown && node.oldestOutput() != Target.UNKNOWN_TIME && oldest > node.oldestOutput();
  }

  /**
   * Runs {@code node}: done elsewhere when its {@code run} said so through
   * {@link dev.docket.runtime.TaskContext#completedElsewhere()}, else the last attempt's failure.
   */
  private Result runWithRetries(
      TaskNode node, RunSettings settings, TaskChannel channel, long[] times) {
    Scheduling.Policy policy =
        node.family().coordinates(node.task())
            ? Scheduling.Policy.DEFAULT // one attempt, no timeout: it waits for others' work
            : settings.tasks().policy(node.family());
    Duration delay = policy.retryDelay();
    for (int attempt = 0; ; attempt++) {
      RunContext context = new RunContext(node.id(), reporter, dynamic, channel);
      Throwable error =
          attempt(node, attempt == 0 ? times : null, policy.timeout(), context, settings.invoker());
      if (error == null) {
        if (context.saidCompletedElsewhere()) {
          return completedElsewhere(node);
        }
        return Result.OK;
      }
      if (attempt >= policy.retries() || interrupted.getAsBoolean()) {
        return new Result(error, false);
      }
      reporter.log(
          node.id(),
          "attempt " + (attempt + 1) + " of " + (policy.retries() + 1) + " failed ("
              + Failures.firstLine(error) + "); retrying in " + Reporter.seconds(delay.toMillis() / 1e3));
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return new Result(error, false);
      }
      delay = delay.multipliedBy(2);
    }
  }

  /**
   * One attempt; {@code known}: each output's time when it starts, or {@code null} to read them
   * (a retry starts from what the failed attempt left).
   */
  private Throwable attempt(
      TaskNode node, long[] known, Duration timeout, RunContext context, TaskInvoker invoker) {
    List<Target> outputs = node.outputs();
    long[] before = known != null ? known : new long[outputs.size()];
    try {
      if (known == null) {
        before = times(outputs);
      }
      if (timeout == null) {
        invoker.run(node, context);
      } else {
        runWithTimeout(node, timeout, context, invoker);
      }
      for (Target output : outputs) {
        if (!output.exists()) {
          throw new MissingOutputException(output.describe());
        }
      }
      return null;
    } catch (Throwable e) { // the user's code may throw anything; it is that task's failure
      removeWrittenOutputs(node, outputs, before, e);
      return e;
    }
  }

  /**
   * Runs the task on a thread of its own and gives up after {@code timeout}: the thread is
   * interrupted (Java cannot kill it), and the task counts as failed. Not Guava's
   * SimpleTimeLimiter: the runtime does not depend on Guava (see OutputTimes), and this thread is
   * a daemon named after the task, so that a task that ignores the interrupt neither keeps the
   * JVM alive nor hides in a thread dump.
   */
  private void runWithTimeout(
      TaskNode node, Duration timeout, RunContext context, TaskInvoker invoker) throws Exception {
    FutureTask<Void> body =
        new FutureTask<>(
            () -> {
              invoker.run(node, context);
              return null;
            });
    Thread thread = new Thread(body, "docket-task-" + node.id().family());
    thread.setDaemon(true);
    thread.start();
    try {
      body.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      body.cancel(true);
      throw new TaskTimeoutException(timeout);
    } catch (InterruptedException e) {
      body.cancel(true); // the run was interrupted: so is the task's own thread
      throw e;
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : new Exception(e.getCause());
    }
  }

  /**
   * After a failed attempt, removes every output that the attempt wrote: one that did not exist
   * before, and one that existed but was replaced (its time changed). A task that fails while it
   * rewrites an output through a stream closed by try-with-resources has put a partial file in
   * place of the old one; left there, it would look complete and newer than its inputs. A
   * workflow's collection of branch outputs is its branches' to keep; a target without times
   * that existed before is left as it was.
   */
  private void removeWrittenOutputs(
      TaskNode node, List<Target> outputs, long[] before, Throwable e) {
    for (int i = 0; i < before.length; i++) {
      Target output = outputs.get(i);
      if (output instanceof CompositeTarget) {
        continue;
      }
      try {
        long now = output.lastModified();
        boolean written =
            now != Target.MISSING
                && (before[i] == Target.MISSING
                    || (now != Target.UNKNOWN_TIME && now != before[i]));
        if (written) {
          output.remove();
          reporter.log(
              node.id(),
              "removed " + output.describe() + ", written by the "
                  + (interrupted.getAsBoolean() ? "interrupted" : "failed") + " run");
        }
      } catch (Exception | LinkageError cleanup) {
        e.addSuppressed(cleanup);
      }
    }
  }
}
