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
   * @param priority among ready tasks, higher runs first (default 0)
   * @param resources what one task holds while it runs, e.g. {@code cpu=2, db=1}; limited by
   *     {@link RunSettings#resourceLimits()}
   */
  record Policy(
      int retries,
      Duration retryDelay,
      Duration timeout,
      int priority,
      java.util.Map<String, Long> resources) {
    public static final Policy DEFAULT =
        new Policy(0, Duration.ofSeconds(1), null, 0, java.util.Map.of());

    public Policy {
      resources = java.util.Map.copyOf(resources);
    }

    public Policy(int retries, Duration retryDelay, Duration timeout) {
      this(retries, retryDelay, timeout, 0, java.util.Map.of());
    }
  }
}
