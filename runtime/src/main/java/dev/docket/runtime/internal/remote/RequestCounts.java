package dev.docket.runtime.internal.remote;

import java.util.concurrent.atomic.LongAdder;

/**
 * The requests one file system has sent, by kind, with its retries and failovers: what the
 * tests of batched existence and of faults count, and what a user asks when a run was slow.
 */
public final class RequestCounts {
  private final LongAdder stats = new LongAdder();
  private final LongAdder lists = new LongAdder();
  private final LongAdder transfers = new LongAdder();
  private final LongAdder changes = new LongAdder();
  private final LongAdder retries = new LongAdder();
  private final LongAdder failovers = new LongAdder();
  private final LongAdder staleRemoved = new LongAdder();

  void stat() {
    stats.increment();
  }

  void list() {
    lists.increment();
  }

  void transfer() {
    transfers.increment();
  }

  void change() {
    changes.increment();
  }

  void retry() {
    retries.increment();
  }

  void failover() {
    failovers.increment();
  }

  void removedStale() {
    staleRemoved.increment();
  }

  /** Adds what a batch job's own run of this file system went through (its log says). */
  void addReported(long retried, long failedOver, long removed) {
    retries.add(retried);
    failovers.add(failedOver);
    staleRemoved.add(removed);
  }

  /** Stats sent (each attempt counts). */
  public long stats() {
    return stats.sum();
  }

  /** Directory listings sent. */
  public long lists() {
    return lists.sum();
  }

  /** Downloads and uploads sent. */
  public long transfers() {
    return transfers.sum();
  }

  /** Deletions and directory creations sent. */
  public long changes() {
    return changes.sum();
  }

  public long retries() {
    return retries.sum();
  }

  public long failovers() {
    return failovers.sum();
  }

  /** Upload temporaries of dead tasks that listings removed. */
  public long staleRemoved() {
    return staleRemoved.sum();
  }

  @Override
  public String toString() {
    return "stats=" + stats() + " lists=" + lists() + " transfers=" + transfers() + " changes="
        + changes() + " retries=" + retries() + " failovers=" + failovers() + " staleRemoved=" + staleRemoved();
  }
}
