package dev.docket.backends.scheduler.server;

/** A worker process (or one worker of a process) that registered; guarded by the state's lock. */
final class WorkerRow {
  final String id;
  final String host;
  final long pid;
  long lastHeartbeat;

  WorkerRow(String id, String host, long pid, long lastHeartbeat) {
    this.id = id;
    this.host = host;
    this.pid = pid;
    this.lastHeartbeat = lastHeartbeat;
  }
}
