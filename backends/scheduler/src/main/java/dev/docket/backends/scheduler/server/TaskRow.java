package dev.docket.backends.scheduler.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One task as the scheduler knows it: what the runs said about it, who holds it. Mutable, guarded
 * by {@link SchedulerState}'s lock; the journal persists a copy ({@link #snapshot}).
 */
final class TaskRow {
  final int key;
  final String id;
  final String family;
  final Map<String, String> params;
  String workflow;
  String state = States.PENDING;
  String message;
  Double progress;
  String trackingUrl;
  String worker;
  long updated;
  long started;
  long finished;
  List<String> outputs = List.of();
  String logTail;
  /** The keys of the tasks this one requires. */
  int[] deps = new int[0];
  /** Past ends of this task, oldest first. */
  final List<HistoryEntry> history = new ArrayList<>();

  TaskRow(int key, String id, String family, Map<String, String> params) {
    this.key = key;
    this.id = id;
    this.family = family;
    this.params = Map.copyOf(params);
  }

  /** One end of a task in one run. */
  record HistoryEntry(long run, String state, long started, long finished) {}

  /** An immutable copy for the journal, taken under the lock. */
  Snapshot snapshot() {
    return new Snapshot(
        key, id, family, params, workflow, state, message, progress, trackingUrl, worker, updated,
        started, finished, outputs, logTail, deps.clone());
  }

  record Snapshot(
      int key, String id, String family, Map<String, String> params, String workflow,
      String state, String message, Double progress, String trackingUrl, String worker,
      long updated, long started, long finished, List<String> outputs, String logTail,
      int[] deps) {}
}
