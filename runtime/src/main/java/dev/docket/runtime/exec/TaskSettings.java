package dev.docket.runtime.exec;

import java.time.Duration;

/**
 * Per-family execution settings: how often a failing task is retried, how long to wait before
 * a retry, how long one attempt may take. Read from the {@code [<Family>]} sections of
 * docket.cfg ({@code retries}, {@code retry-delay}, {@code timeout}).
 */
public interface TaskSettings {
  /** Nothing configured: one attempt, no timeout. */
  TaskSettings NONE = family -> Policy.DEFAULT;

  /** The policy of {@code family}. */
  Policy policy(String family);

  /**
   * @param retries further attempts after a failure (0: none)
   * @param retryDelay the wait before the first retry; doubled before each further one
   * @param timeout the longest one attempt may run, or {@code null} for no limit
   */
  record Policy(int retries, Duration retryDelay, Duration timeout) {
    public static final Policy DEFAULT = new Policy(0, Duration.ofSeconds(1), null);
  }
}
