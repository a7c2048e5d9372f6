package dev.docket.runtime.spi;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * How the tasks of a family are scheduled: priority, retries, retry delay, timeout and the
 * resources a task holds. This one record family carries the settings from wherever they are
 * given: a family declares them in code, with {@code @Task(priority = 10, retries = 2,
 * retryDelay = "30s", timeout = "2h", resources = {"db=1"})} (generated code returns them from
 * {@link TaskFamily#scheduling()}); its {@code [<Family>]} section of {@code docket.cfg}
 * configures them, read into a {@code Scheduling} as well; and the two over the built-in
 * defaults make the {@link Policy} a run applies ({@link Policies}).
 *
 * <p>A {@code null} field is not given: the layer below decides (configured over declared over
 * the built-in default). A key of the family's section always wins over the declared value.
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

  /**
   * The timeout that is no limit: what an empty {@code timeout =} in docket.cfg gives, to remove
   * a declared timeout. {@link Policy#timeout()} is {@code null} for it.
   */
  public static final Duration UNLIMITED = ChronoUnit.FOREVER.getDuration();

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

  /**
   * The settings a run applies to a family: every value given, the built-in default for the
   * rest.
   *
   * @param retries further attempts after a failure (0: none)
   * @param retryDelay the wait before the first retry; doubled before each further one
   * @param timeout the longest one attempt may run, or {@code null} for no limit
   * @param priority among ready tasks, higher runs first (default 0)
   * @param resources what one task holds while it runs, e.g. {@code cpu=2, db=1}; limited by
   *     the run's resource limits ({@code [resources]} in docket.cfg)
   */
  public record Policy(
      int retries, Duration retryDelay, Duration timeout, int priority, Map<String, Long> resources) {
    /** The built-in defaults: one attempt, 1 s before a retry, no timeout, priority 0. */
    public static final Policy DEFAULT = new Policy(0, Duration.ofSeconds(1), null, 0, Map.of());

    public Policy {
      resources = Map.copyOf(resources);
      if (UNLIMITED.equals(timeout)) {
        timeout = null;
      }
    }

    public Policy(int retries, Duration retryDelay, Duration timeout) {
      this(retries, retryDelay, timeout, 0, Map.of());
    }

    /** What {@code family} declares over the built-in defaults. */
    public static Policy declared(TaskFamily<?> family) {
      Scheduling declared = family.scheduling();
      return declared.isEmpty() ? DEFAULT : DEFAULT.with(declared);
    }

    /** This policy with every value {@code scheduling} gives (its non-null fields). */
    public Policy with(Scheduling scheduling) {
      return new Policy(
          scheduling.retries() != null ? scheduling.retries() : retries,
          scheduling.retryDelay() != null ? scheduling.retryDelay() : retryDelay,
          scheduling.timeout() != null ? scheduling.timeout() : timeout,
          scheduling.priority() != null ? scheduling.priority() : priority,
          scheduling.resources() != null ? scheduling.resources() : resources);
    }
  }

  /** The policy of each family in a run. */
  @FunctionalInterface
  public interface Policies {
    /** Nothing configured: what each family declares, built-in defaults for the rest. */
    Policies DECLARED = Policy::declared;

    /** The policy of {@code family}. */
    Policy policy(TaskFamily<?> family);
  }
}
