package dev.docket.runtime.internal.history;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.TaskResult;
import java.util.ArrayList;
import java.util.List;

/** What the history keeps of a run's summary: the run's end and the tasks that did not stay complete. */
final class SummaryRows {
  private SummaryRows() {}

  static PendingRun.End end(RunSummary summary, long endedAt) {
    return new PendingRun.End(
        endedAt,
        summary.interrupted() ? "interrupted" : summary.success() ? "done" : "failed",
        summary.count(Outcome.RAN),
        summary.count(Outcome.COMPLETE),
        summary.count(Outcome.FAILED),
        summary.count(Outcome.FAILED_UPSTREAM));
  }

  static List<TaskRecord> tasks(RunSummary summary, String host) {
    List<TaskRecord> tasks = new ArrayList<>();
    for (TaskResult result : summary.notComplete()) {
      long started = result.startedAt();
      tasks.add(new TaskRecord(
          result.id().toString(),
          result.outcome().name(),
          started,
          started == 0 ? 0 : started + Math.round(result.seconds() * 1000),
          result.reason(),
          host));
    }
    return tasks;
  }
}
