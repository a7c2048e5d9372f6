package dev.docket.runtime.internal.graph;

import dev.docket.runtime.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
  private ExecutorService helpers;

  PlanningPool(int threads, int minParallel) {
    this.threads = threads;
    this.minParallel = minParallel;
  }

  /**
   * How many threads plan a graph: {@value #THREADS_PROPERTY} if set, else the processors
   * available, at most four (the levels of a large graph are planned in parallel and merged on
   * the calling thread, which a few threads already keep busy).
   *
   * @throws BadInputException when the property is not a whole number from 1 to {@value #MAX_THREADS}
   */
  static int configuredThreads() {
    String text = System.getProperty(THREADS_PROPERTY);
    if (text == null) {
      return Math.min(Runtime.getRuntime().availableProcessors(), 4);
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

  /** Runs {@code work} over {@code 0..size}, on several threads when the range is large. */
  void run(int size, Range work) {
    if (threads == 1 || size < minParallel) {
      work.run(0, size);
      return;
    }
    if (helpers == null) {
      AtomicInteger started = new AtomicInteger();
      helpers = Executors.newFixedThreadPool(threads - 1, task -> {
        Thread thread = new Thread(task, "docket-plan-" + started.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      });
    }
    int chunk = CHUNK;
    AtomicInteger next = new AtomicInteger();
    Runnable loop = () -> {
      for (int from; (from = next.getAndAdd(chunk)) < size; ) {
        work.run(from, Math.min(size, from + chunk));
      }
    };
    List<Helper> running = new ArrayList<>(threads - 1);
    for (int i = 1; i < threads; i++) {
      Helper helper = new Helper(loop);
      running.add(helper);
      helpers.execute(helper);
    }
    try {
      loop.run();
    } finally {
      for (Helper helper : running) {
        helper.await(); // the chunks they took write into the caller's arrays: wait for them
      }
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

    /** Waits until this helper's chunks are done; rethrows what the work threw there. */
    void await() {
      if (claimed.compareAndSet(false, true)) {
        return; // never started: the caller did its share
      }
      boolean interrupted = false;
      while (true) {
        try {
          done.await();
          break;
        } catch (InterruptedException e) {
          interrupted = true; // the chunks in flight write into the caller's arrays: wait
        }
      }
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
      if (error instanceof Error e) {
        throw e;
      }
      if (error instanceof RuntimeException e) {
        throw e;
      }
    }
  }
}
