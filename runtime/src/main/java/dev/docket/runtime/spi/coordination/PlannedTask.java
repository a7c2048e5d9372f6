package dev.docket.runtime.spi.coordination;

import dev.docket.runtime.TaskId;

/**
 * A task of a run's graph, as the scheduler is told of it.
 *
 * @param id the task
 * @param workflow the family of the workflow that the task is a branch of, or {@code null}
 * @param complete whether planning found its outputs present (nothing to run)
 * @param requires the indexes, in the run's list, of the tasks it requires
 */
public record PlannedTask(TaskId id, String workflow, boolean complete, int[] requires) {}
