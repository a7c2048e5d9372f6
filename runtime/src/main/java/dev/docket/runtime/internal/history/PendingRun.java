package dev.docket.runtime.internal.history;

import java.util.List;
import java.util.Optional;

/**
 * What one run's journal says (see {@link RunJournal}): its start, and, once it ended, its end
 * and the tasks that did not stay complete; or that it was discarded.
 *
 * @param name the journal's file name, which identifies the run in the database
 * @param root the requested task
 * @param host where it ran
 * @param pid the process that ran it
 * @param startedAt epoch milliseconds
 * @param end the run's end, empty while it runs (or when its process died)
 * @param tasks the tasks written with the end, in the order they were decided
 * @param discarded whether the run was refused as bad input before anything ran
 */
record PendingRun(
    String name,
    String root,
    String host,
    long pid,
    long startedAt,
    Optional<End> end,
    List<TaskRecord> tasks,
    boolean discarded) {

  /** How a run ended: the columns of its row that the end fills. */
  record End(long endedAt, String status, long ran, long complete, long failed, long failedUpstream) {}
}
