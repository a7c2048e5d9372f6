package dev.docket.runtime.internal.graph;

import dev.docket.runtime.BadInputException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that plan one graph: the calling thread and, once a level of the graph is large
 * enough, a few helpers started for this planning and ended with it. Work is handed out in
 * chunks of an index range; whatever the work writes is seen by the caller when {@link #run}
 * returns. A small graph never starts a thread: a thread costs more than a few hundred tasks'
 * planning.
 */
final class PlanningPool implements AutoCloseable {
  /** The system property that sets how many threads plan a graph; {@code 1}: the caller alone. */
  static final String THREADS_PROPERTY = "docket.planning.threads";
  /** The most threads the property accepts: beyond a few, the caller's merging is the limit. */
  static final int MAX_THREADS = 64;
  /** Indices of one range below which the caller does the work alone. */
  static final int MIN_PARALLEL = 1_000;
  /**
   * Indices handed out at a time: small, because the caller waits for every chunk taken, and a
   * helper that the system pauses (a busy machine) holds up the caller by its chunk.
   */
  static final int CHUNK = 64;

  /** A piece of work on the indices {@code from} (inclusive) to {@code to} (exclusive). */
  interface Range {
    void run(int from, int to);
  }

  private final int threads;
  private final int minParallel;
  private final ThreadFactory threadFactory;
  private ExecutorService helpers;

  PlanningPool(int threads, int minParallel) {
    this(threads, minParallel, daemons());
  }

  /** A pool whose helpers {@code threadFactory} makes: for tests, whose factory can fail. */
  PlanningPool(int threads, int minParallel, ThreadFactory threadFactory) {
    this.threads = threads;
    this.minParallel = minParallel;
    this.threadFactory = threadFactory;
  }

  /** Helper threads that do not keep the JVM alive, named for a thread dump. */
  private static ThreadFactory daemons() {
    AtomicInteger started = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "docket-plan-" + started.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /**
   * How many threads plan a graph: {@value #THREADS_PROPERTY} if set, else one. More are opt-in:
   * they make the tasks' {@code @Requires} and {@code @Output} code run concurrently, which that
   * code must then allow, and no gain has been measured for it yet (docs/performance.md).
   *
   * @throws BadInputException when the property is not a whole number from 1 to {@value #MAX_THREADS}
   */
  static int configuredThreads() {
    String text = System.getProperty(THREADS_PROPERTY);
    if (text == null) {
      return 1;
    }
    try {
      int threads = Integer.parseInt(text.strip());
      if (threads >= 1 && threads <= MAX_THREADS) {
        return threads;
      }
    } catch (NumberFormatException e) {
      // reported below, as an out-of-range number is
    }
    throw new BadInputException(
        "bad value '" + text + "' for -D" + THREADS_PROPERTY + ": expected a whole number from 1"
            + " to " + MAX_THREADS + " (1 plans on the calling thread alone), e.g. JAVA_OPTS=-D"
            + THREADS_PROPERTY + "=1");
  }

  /** Whether large ranges are shared: more than one thread. */
  boolean parallel() {
    return threads > 1;
  }

  /** Whether {@link #run} shares a range of {@code size} with helper threads. */
  boolean shares(int size) {
    return threads > 1 && size >= minParallel;
  }

  /** Runs {@code work} over {@code 0..size}, on several threads when the range is large. */
  void run(int size, Range work) {
    if (!shares(size)) {
      work.run(0, size);
      return;
    }
    if (helpers == null) {
      helpers = Executors.newFixedThreadPool(threads - 1, threadFactory);
    }
    int chunk = CHUNK;
    AtomicInteger next = new AtomicInteger();
    Runnable loop = () -> {
      for (int from; (from = next.getAndAdd(chunk)) < size; ) {
        work.run(from, Math.min(size, from + chunk));
      }
    };
    List<Helper> running = new ArrayList<>();
    Throwable first = null;
    try {
      for (int i = 1; i < threads; i++) {
        Helper helper = new Helper(loop);
        running.add(helper);
        helpers.execute(helper); // may throw: no thread left, or the pool closed
      }
      loop.run();
    } catch (RuntimeException | Error e) {
      first = e;
    }
    // Every helper is waited for, even after one threw or could not be started: the chunks
    // they took write into the caller's arrays. The first error is thrown; the others ride
    // along, suppressed.
    for (Helper helper : running) {
      Throwable thrown = helper.await();
      if (thrown == null || thrown == first) {
        continue;
      }
      if (first == null) {
        first = thrown;
      } else {
        first.addSuppressed(thrown);
      }
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first instanceof RuntimeException e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException(first); // a checked exception thrown sneakily
    }
  }

  /** Whether helper threads were started (a large level was planned). */
  boolean started() {
    return helpers != null;
  }

  /** Ends the helper threads, if any were started. */
  @Override
  public void close() {
    if (helpers != null) {
      helpers.shutdownNow();
      // Their work is done (run waits for it): they end at once. Waited for, so that planning
      // leaves no thread behind, even when it ends with an error or is interrupted.
      Uninterruptibly.await(
          Duration.ofSeconds(10), nanos -> helpers.awaitTermination(nanos, TimeUnit.NANOSECONDS));
    }
  }

  /**
   * One helper's share of a range. A helper that the caller finds not yet started (a busy
   * machine) is claimed by it instead and never runs: the caller then need not wait for a
   * thread to be scheduled only to find no work left.
   */
  private static final class Helper implements Runnable {
    private final Runnable loop;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CountDownLatch done = new CountDownLatch(1);
    private Throwable error;

    Helper(Runnable loop) {
      this.loop = loop;
    }

    @Override
    public void run() {
      if (!claimed.compareAndSet(false, true)) {
        return;
      }
      try {
        loop.run();
      } catch (Throwable e) {
        error = e;
      } finally {
        done.countDown();
      }
    }

    /** Waits until this helper's chunks are done; returns what the work threw there. */
    Throwable await() {
      if (claimed.compareAndSet(false, true)) {
        return null; // never started: the caller did its share
      }
      Uninterruptibly.await(done::await); // the chunks in flight write into the caller's arrays
      return error;
    }
  }
}
