package dev.docket.backends.scheduler.server;

import java.util.List;

/** The states a task has on the page, with the names the API uses. */
final class States {
  static final String PENDING = "pending";
  static final String RUNNING = "running";
  static final String DONE = "done";
  static final String FAILED = "failed";
  static final String UPSTREAM_FAILED = "upstream-failed";
  static final String DISABLED = "disabled";

  static final List<String> ALL = List.of(PENDING, RUNNING, DONE, FAILED, UPSTREAM_FAILED, DISABLED);

  /** Whether a worker may report {@code state}. */
  static boolean known(String state) {
    return ALL.contains(state);
  }

  /** Whether the task ended in {@code state}: its end goes into its history. */
  static boolean isEnd(String state) {
    return state.equals(DONE) || state.equals(FAILED) || state.equals(UPSTREAM_FAILED);
  }

  private States() {}
}
