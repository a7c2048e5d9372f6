package dev.docket.runtime.batch;

import java.util.List;

/**
 * The line printed at each poll, with the change since the previous one:
 * {@code all: 26, pending: 0 (+0), running: 10 (-16), finished: 16 (+16), retry: 0 (+0), failed: 0 (+0)}.
 * Pending counts the jobs staged (not yet submitted) and those queued.
 */
final class StatusLine {
  private int[] previous;

  String next(List<Job> jobs) {
    int[] now = new int[5];
    for (Job job : jobs) {
      switch (job.phase) {
        case STAGED, PENDING -> now[0]++;
        case RUNNING -> now[1]++;
        case FINISHED -> now[2]++;
        case RETRY -> now[3]++;
        case FAILED -> now[4]++;
      }
    }
    int[] before = previous == null ? new int[5] : previous;
    previous = now;
    String[] names = {"pending", "running", "finished", "retry", "failed"};
    StringBuilder out = new StringBuilder("all: ").append(jobs.size());
    for (int i = 0; i < 5; i++) {
      int delta = now[i] - before[i];
      out.append(", ").append(names[i]).append(": ").append(now[i])
          .append(" (").append(delta >= 0 ? "+" : "").append(delta).append(')');
    }
    return out.toString();
  }
}
