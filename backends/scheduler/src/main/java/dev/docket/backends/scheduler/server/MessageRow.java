package dev.docket.backends.scheduler.server;

/**
 * A message typed on the page for a running task, and the task's answer; {@code delivered} once a
 * heartbeat of the task's worker took it.
 */
final class MessageRow {
  final long id;
  final int task;
  final String text;
  final long sent;
  String answer;
  boolean delivered;

  MessageRow(long id, int task, String text, long sent, String answer, boolean delivered) {
    this.id = id;
    this.task = task;
    this.text = text;
    this.sent = sent;
    this.answer = answer;
    this.delivered = delivered;
  }
}
