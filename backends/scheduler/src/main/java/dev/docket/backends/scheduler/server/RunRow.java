package dev.docket.backends.scheduler.server;

/** One run of a graph by a worker; guarded by the state's lock. */
final class RunRow {
  final long id;
  final String root;
  final String worker;
  final long started;
  long finished;
  /** The keys of the run's tasks, in the run's graph order. */
  final int[] tasks;

  RunRow(long id, String root, String worker, long started, long finished, int[] tasks) {
    this.id = id;
    this.root = root;
    this.worker = worker;
    this.started = started;
    this.finished = finished;
    this.tasks = tasks;
  }
}
