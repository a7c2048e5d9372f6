package dev.docket.runtime.exec;

import dev.docket.runtime.Target;
import dev.docket.runtime.graph.TaskNode;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one task on the calling worker thread: its {@code run}, then the check that every
 * output exists; retries a failure as its family's {@link TaskSettings.Policy} allows, with a
 * doubling back-off; enforces its timeout. A failed attempt leaves no output it created.
 */
final class TaskRunner {
  private final Reporter reporter;
  private final RunContext.DynamicRequirements dynamic;

  TaskRunner(Reporter reporter, RunContext.DynamicRequirements dynamic) {
    this.reporter = reporter;
    this.dynamic = dynamic;
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
    if (node.outputs().isEmpty()) {
      return result(runWithRetries(node, settings));
    }
    try (OutputLocks.Held held = locks.acquire(node.outputs())) {
      if (writtenSincePlanned(node)) {
        reporter.log(node.id(), "completed by another run meanwhile; not run again");
        return Result.ELSEWHERE;
      }
      return result(runWithRetries(node, settings));
    } catch (IOException | RuntimeException e) {
      return new Result(e, false);
    }
  }

  private static Result result(Throwable error) {
    return error == null ? Result.OK : new Result(error, false);
  }

  /**
   * Whether every output exists now and was written after planning saw it missing or old:
   * then another process ran the task while this one waited.
   */
  private static boolean writtenSincePlanned(TaskNode node) {
    long oldest = Long.MAX_VALUE;
    boolean timesKnown = true;
    for (Target output : node.outputs()) {
      long modified = output.lastModified();
      if (modified == Target.MISSING) {
        return false;
      }
      timesKnown &= modified != Target.UNKNOWN_TIME;
      oldest = Math.min(oldest, modified);
    }
    if (node.oldestOutput() == Target.MISSING) {
      // Without times (e.g. a workflow's collection of branch outputs, written by this run's
      // own branches) nothing tells another run's work from ours: run it.
      return timesKnown;
    }
    return timesKnown && node.oldestOutput() != Target.UNKNOWN_TIME && oldest > node.oldestOutput();
  }

  /** Runs {@code node}; returns {@code null} on success, else the last attempt's failure. */
  private Throwable runWithRetries(TaskNode node, RunSettings settings) {
    TaskSettings.Policy policy = settings.tasks().policy(node.family());
    Duration delay = policy.retryDelay();
    for (int attempt = 0; ; attempt++) {
      Throwable error = attempt(node, policy.timeout());
      if (error == null || attempt >= policy.retries()) {
        return error;
      }
      reporter.log(
          node.id(),
          "attempt " + (attempt + 1) + " of " + (policy.retries() + 1) + " failed ("
              + Failures.firstLine(error) + "); retrying in " + Reporter.seconds(delay.toMillis() / 1e3));
      try {
        Thread.sleep(delay.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return error;
      }
      delay = delay.multipliedBy(2);
    }
  }

  private Throwable attempt(TaskNode node, Duration timeout) {
    List<Target> outputs = node.outputs();
    boolean[] existed = new boolean[outputs.size()];
    try {
      for (int i = 0; i < existed.length; i++) {
        existed[i] = outputs.get(i).exists();
      }
      if (timeout == null) {
        node.family().run(node.task(), new RunContext(node.id(), reporter, dynamic));
      } else {
        runWithTimeout(node, timeout);
      }
      for (Target output : outputs) {
        if (!output.exists()) {
          throw new MissingOutputException(output.describe());
        }
      }
      return null;
    } catch (Throwable e) { // the user's code may throw anything; it is that task's failure
      removeNewOutputs(node, outputs, existed, e);
      return e;
    }
  }

  /**
   * Runs the task on a thread of its own and gives up after {@code timeout}: the thread is
   * interrupted (Java cannot kill it), and the task counts as failed.
   */
  private void runWithTimeout(TaskNode node, Duration timeout) throws Exception {
    FutureTask<Void> body =
        new FutureTask<>(
            () -> {
              node.family().run(node.task(), new RunContext(node.id(), reporter, dynamic));
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
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception ex ? ex : new Exception(e.getCause());
    }
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
}
