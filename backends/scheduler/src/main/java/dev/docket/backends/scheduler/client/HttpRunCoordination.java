package dev.docket.backends.scheduler.client;

import com.fasterxml.jackson.databind.JsonNode;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.coordination.Claim;
import dev.docket.runtime.spi.coordination.RunCoordination;
import dev.docket.runtime.spi.coordination.TaskChannel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run's claims and reports, by the keys the scheduler gave its tasks. */
final class HttpRunCoordination implements RunCoordination {
  /**
   * How long the scheduler may hold a claim of a task another worker runs before answering
   * "still running" (it answers as soon as that task ends).
   */
  static final long CLAIM_WAIT_MILLIS = 5000;

  /** The longest pause between two claims, for a scheduler that answers at once. */
  static final long MAX_CLAIM_PAUSE_MILLIS = 1000;

  private final HttpCoordinator worker;
  private final long run;
  private final Map<TaskId, Integer> keys;
  /**
   * Tasks other workers finished since this run started, as the claims' answers told (the
   * scheduler's log of done tasks from {@code seen} on): claimed no more, counted complete.
   */
  private final java.util.Set<Integer> doneElsewhere = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private int seen;

  HttpRunCoordination(HttpCoordinator worker, long run, Map<TaskId, Integer> keys, int seen) {
    this.worker = worker;
    this.run = run;
    this.keys = keys;
    this.seen = seen;
  }

  /** Takes in the done tasks an answer lists, if it goes further than what is known. */
  private void learn(JsonNode answer) {
    JsonNode done = answer.get("done");
    if (done == null) {
      return;
    }
    synchronized (doneElsewhere) {
      int next = answer.path("seen").asInt(seen);
      if (next <= seen) {
        return;
      }
      for (JsonNode key : done) {
        doneElsewhere.add(key.asInt());
      }
      seen = next;
    }
  }

  @Override
  public Claim claim(TaskId task) throws InterruptedException {
    Integer key = keys.get(task);
    if (key == null) {
      return Claim.GRANTED; // a dynamic dependency: the scheduler was not told of it
    }
    long pause = 5;
    while (true) {
      if (doneElsewhere.contains(key)) {
        return new Claim(Claim.Decision.DONE_ELSEWHERE, "another worker");
      }
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("worker", worker.workerId);
      body.put("run", run);
      body.put("waitMillis", CLAIM_WAIT_MILLIS);
      synchronized (doneElsewhere) {
        body.put("seen", seen);
      }
      JsonNode answer;
      try {
        answer = worker.call("/api/tasks/" + key + "/claim", body);
      } catch (IOException e) {
        if (Thread.interrupted()) {
          throw new InterruptedException("interrupted while claiming " + task);
        }
        throw new UncheckedIOException("cannot claim " + task + " from the scheduler: " + e.getMessage(), e);
      }
      learn(answer);
      if (answer.path("granted").asBoolean()) {
        worker.running.put(key, new TaskLine(worker, key, run));
        return Claim.GRANTED;
      }
      String state = answer.path("state").asText();
      String detail = "worker " + answer.path("worker").asText("?")
          + (answer.hasNonNull("message") ? ": " + answer.get("message").asText() : "");
      if (state.equals("done")) {
        return new Claim(Claim.Decision.DONE_ELSEWHERE, detail);
      }
      if (state.equals("failed")) {
        return new Claim(Claim.Decision.FAILED_ELSEWHERE, detail);
      }
      Thread.sleep(pause); // another live worker runs it: ask again soon
      pause = Math.min(MAX_CLAIM_PAUSE_MILLIS, pause * 2);
    }
  }

  @Override
  public TaskChannel channel(TaskId task) {
    Integer key = keys.get(task);
    TaskLine line = key == null ? null : worker.running.get(key);
    return line == null ? TaskChannel.NONE : line;
  }

  @Override
  public void ended(TaskId task, Outcome outcome, String reason) {
    Integer key = keys.get(task);
    if (key == null) {
      return;
    }
    TaskLine line = worker.running.remove(key);
    Map<String, Object> body = line != null ? line.pendingReport() : new LinkedHashMap<>();
    body.put("worker", worker.workerId);
    body.put("run", run);
    body.put("state", state(outcome));
    if (outcome == Outcome.COMPLETE) {
      body.put("elsewhere", true); // another run wrote its outputs: not an end of this one
    }
    if (reason != null) {
      body.put("message", reason);
    }
    try {
      worker.call("/api/tasks/" + key + "/state", body);
    } catch (IOException e) {
      // The run goes on without the report; the page shows the task as it last heard.
    }
  }

  static String state(Outcome outcome) {
    return switch (outcome) {
      case RAN, COMPLETE -> "done";
      case FAILED -> "failed";
      case FAILED_UPSTREAM -> "upstream-failed";
      case INTERRUPTED, NOT_STARTED -> "pending";
    };
  }

  @Override
  public void finished() {
    try {
      worker.call("/api/runs/" + run + "/finish", new LinkedHashMap<>());
    } catch (IOException e) {
      // the run's end time stays empty on the page
    }
  }
}
