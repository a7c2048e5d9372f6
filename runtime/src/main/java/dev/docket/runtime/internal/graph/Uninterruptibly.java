package dev.docket.runtime.internal.graph;

import java.time.Duration;

/**
 * A wait that an interrupt does not cut short, for the planner's waits on its own threads,
 * whose work writes into what the caller reads next; the interrupt is kept for the caller.
 * Guava's {@code Uninterruptibles}, written out once: the runtime does not depend on Guava,
 * which every analysis would then get on its class path (and in its version conflicts).
 */
final class Uninterruptibly {
  private Uninterruptibly() {}

  /** A wait that throws when the waiting thread is interrupted ({@code Thread::join}, ...). */
  interface Wait {
    void run() throws InterruptedException;
  }

  /** A wait for at most {@code nanos} that throws when interrupted ({@code awaitTermination}). */
  interface TimedWait {
    void run(long nanos) throws InterruptedException;
  }

  /**
   * Runs {@code wait} to its end, then puts back an interrupt that came before or during it,
   * also when the wait throws.
   */
  static void await(Wait wait) {
    // A pending interrupt is taken first, so that the wait waits instead of throwing at once.
    boolean interrupted = Thread.interrupted();
    try {
      while (true) {
        try {
          wait.run();
          return;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** As {@link #await(Wait)}, for {@code timeout} in all: an interrupt does not restart it. */
  static void await(Duration timeout, TimedWait wait) {
    long deadline = System.nanoTime() + timeout.toNanos();
    await(() -> wait.run(deadline - System.nanoTime()));
  }
}
