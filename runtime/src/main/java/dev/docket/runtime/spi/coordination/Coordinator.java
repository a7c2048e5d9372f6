package dev.docket.runtime.spi.coordination;

import dev.docket.runtime.TaskId;
import java.util.List;

/** A worker's connection to a central scheduler, for the runs of its process. */
public interface Coordinator extends AutoCloseable {
  /** No scheduler: every claim is granted, every report dropped. */
  Coordinator NONE = (root, tasks) -> RunCoordination.NONE;

  /**
   * Registers the graph of a run that is about to start ({@code tasks} in the graph's order,
   * their requirements as indexes into it); the answer coordinates that run's tasks.
   *
   * @throws java.io.UncheckedIOException when the scheduler cannot be reached
   */
  RunCoordination startRun(TaskId root, List<PlannedTask> tasks);

  /** Stops the heartbeats; the scheduler forgets the worker after its timeout. */
  @Override
  default void close() {}
}
