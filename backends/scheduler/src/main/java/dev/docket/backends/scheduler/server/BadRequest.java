package dev.docket.backends.scheduler.server;

/** A request the server refuses, with the HTTP status and a message for the client. */
final class BadRequest extends Exception {
  final int status;

  BadRequest(String message) {
    this(400, message);
  }

  BadRequest(int status, String message) {
    super(message);
    this.status = status;
  }
}
