package dev.docket.runtime.task;

import java.time.Duration;
import java.util.Map;

/**
 * The scheduling a task family declares in code, with {@code @Task(priority = 10, retries = 2,
 * retryDelay = "30s", timeout = "2h", resources = {"db=1"})}; generated code returns it from
 * {@link TaskFamily#scheduling()}. A {@code null} field was not declared: the family's
 * {@code [<Family>]} section of {@code docket.cfg}, else the built-in default, decides. A key of
 * that section always wins over the declared value.
 *
 * <p>The processor checks the values when it compiles (a duration that does not parse, a
 * negative count, a malformed or repeated resource); the constructor checks them again for
 * hand-written families.
 *
 * @param priority among ready tasks, higher runs first; {@code null}: not declared
 * @param retries further attempts after a failure, 0 or more; {@code null}: not declared
 * @param retryDelay the wait before the first retry (doubled before each further one), not
 *     negative; {@code null}: not declared
 * @param timeout the longest one attempt may run, more than zero; {@code null}: not declared
 * @param resources what one task holds while it runs, e.g. {@code db -> 1}; {@code null}: not
 *     declared
 */
public record Scheduling(
    Integer priority,
    Integer retries,
    Duration retryDelay,
    Duration timeout,
    Map<String, Long> resources) {
  /** Nothing declared: what every family without scheduling attributes returns. */
  public static final Scheduling NONE = new Scheduling(null, null, null, null, null);

  public Scheduling {
    if (retries != null && retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, got " + retries);
    }
    if (retryDelay != null && retryDelay.isNegative()) {
      throw new IllegalArgumentException("retryDelay must not be negative, got " + retryDelay);
    }
    if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
      throw new IllegalArgumentException("timeout must be more than 0, got " + timeout);
    }
    if (resources != null) {
      resources = Map.copyOf(resources);
      resources.forEach(
          (name, amount) -> {
            if (amount < 0) {
              throw new IllegalArgumentException(
                  "resource " + name + " must not be negative, got " + amount);
            }
          });
    }
  }

  /** Whether nothing is declared. */
  public boolean isEmpty() {
    return priority == null
        && retries == null
        && retryDelay == null
        && timeout == null
        && resources == null;
  }

  public Scheduling withPriority(int priority) {
    return new Scheduling(priority, retries, retryDelay, timeout, resources);
  }

  public Scheduling withRetries(int retries) {
    return new Scheduling(priority, retries, retryDelay, timeout, resources);
  }

  public Scheduling withRetryDelay(Duration retryDelay) {
    return new Scheduling(priority, retries, retryDelay, timeout, resources);
  }

  public Scheduling withTimeout(Duration timeout) {
    return new Scheduling(priority, retries, retryDelay, timeout, resources);
  }

  public Scheduling withResources(Map<String, Long> resources) {
    return new Scheduling(priority, retries, retryDelay, timeout, resources);
  }
}
