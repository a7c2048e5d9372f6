package dev.docket.runtime.exec;

import dev.docket.runtime.task.Scheduling;
import dev.docket.runtime.task.TaskFamily;
import java.time.Duration;
import java.util.Map;

/**
 * Per-family execution settings: how often a failing task is retried, how long to wait before
 * a retry, how long one attempt may take, its priority and the resources it holds. A family
 * declares them with {@code @Task(...)} attributes ({@link TaskFamily#scheduling()}); the
 * {@code [<Family>]} sections of docket.cfg ({@code retries}, {@code retry-delay}, {@code
 * timeout}, {@code priority}, {@code resources}) override them key by key.
 */
public interface TaskSettings {
  /** Nothing configured: what each family declares, built-in defaults for the rest. */
  TaskSettings NONE = Policy::declared;

  /** The policy of {@code family}. */
  Policy policy(TaskFamily<?> family);

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
      Map<String, Long> resources) {
    /** The built-in defaults: one attempt, 1 s before a retry, no timeout, priority 0. */
    public static final Policy DEFAULT =
        new Policy(0, Duration.ofSeconds(1), null, 0, Map.of());

    public Policy {
      resources = Map.copyOf(resources);
    }

    public Policy(int retries, Duration retryDelay, Duration timeout) {
      this(retries, retryDelay, timeout, 0, Map.of());
    }

    /** What {@code family} declares over the built-in defaults. */
    public static Policy declared(TaskFamily<?> family) {
      Scheduling declared = family.scheduling();
      return declared.isEmpty() ? DEFAULT : DEFAULT.with(declared);
    }

    /** This policy with every value {@code scheduling} declares (its non-null fields). */
    public Policy with(Scheduling scheduling) {
      return new Policy(
          scheduling.retries() != null ? scheduling.retries() : retries,
          scheduling.retryDelay() != null ? scheduling.retryDelay() : retryDelay,
          scheduling.timeout() != null ? scheduling.timeout() : timeout,
          scheduling.priority() != null ? scheduling.priority() : priority,
          scheduling.resources() != null ? scheduling.resources() : resources);
    }
  }
}
