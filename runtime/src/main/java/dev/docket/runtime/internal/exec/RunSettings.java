package dev.docket.runtime.internal.exec;

import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.coordination.Coordinator;
import java.time.Duration;

/**
 * How to run a graph.
 *
 * @param workers how many tasks may run at once, within the bounds of {@code --workers}
 * @param keepGoing whether tasks that do not depend on a failed task still start after a
 *     failure ({@code true}, the default, like {@code make --keep-going}); {@code false} stops
 *     starting tasks at the first failure and lets the running ones finish
 * @param progress how progress is shown
 * @param progressInterval how often a progress line is printed ({@link ProgressStyle#TASKS},
 *     {@link ProgressStyle#PERIODIC}) or the live line redrawn ({@link ProgressStyle#LIVE})
 * @param tasks per-family settings (retries, back-off, timeout, priority, resources)
 * @param resourceLimits how much of each resource all running tasks together may hold
 *     ({@code [resources]} in docket.cfg); a resource without a limit is unlimited
 * @param invoker how a task's {@code run()} is invoked: in this JVM, or in its sandbox
 * @param coordinator the central scheduler the run asks before each task ({@code --scheduler}),
 *     or {@link Coordinator#NONE}
 */
public record RunSettings(
    int workers,
    boolean keepGoing,
    ProgressStyle progress,
    Duration progressInterval,
    Scheduling.Policies tasks,
    java.util.Map<String, Long> resourceLimits,
    TaskInvoker invoker,
    Coordinator coordinator) {

  public RunSettings {
    resourceLimits = java.util.Map.copyOf(resourceLimits);
    if (!RunOption.WORKERS.accepts(workers)) {
      throw new IllegalArgumentException(
          "workers must be " + RunOption.WORKERS.expectation() + ", got " + workers);
    }
  }

  /** {@code workers} threads, keep going, a line per task, progress every 10 s. */
  public static RunSettings of(int workers) {
    return new RunSettings(
        workers, true, ProgressStyle.TASKS, Duration.ofSeconds(10), Scheduling.Policies.DECLARED,
        java.util.Map.of(), TaskInvoker.IN_PROCESS, Coordinator.NONE);
  }

  public RunSettings withKeepGoing(boolean keepGoing) {
    return new RunSettings(
        workers, keepGoing, progress, progressInterval, tasks, resourceLimits, invoker, coordinator);
  }

  public RunSettings withProgress(ProgressStyle progress, Duration interval) {
    return new RunSettings(
        workers, keepGoing, progress, interval, tasks, resourceLimits, invoker, coordinator);
  }

  public RunSettings withTasks(Scheduling.Policies tasks) {
    return new RunSettings(
        workers, keepGoing, progress, progressInterval, tasks, resourceLimits, invoker, coordinator);
  }

  public RunSettings withInvoker(TaskInvoker invoker) {
    return new RunSettings(
        workers, keepGoing, progress, progressInterval, tasks, resourceLimits, invoker, coordinator);
  }

  public RunSettings withCoordinator(Coordinator coordinator) {
    return new RunSettings(
        workers, keepGoing, progress, progressInterval, tasks, resourceLimits, invoker, coordinator);
  }

  public RunSettings withResourceLimits(java.util.Map<String, Long> limits) {
    return new RunSettings(
        workers, keepGoing, progress, progressInterval, tasks, limits, invoker, coordinator);
  }
}
