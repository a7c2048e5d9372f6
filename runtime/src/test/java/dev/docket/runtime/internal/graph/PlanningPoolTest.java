package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The planning pool: every index of a range once, a small range on the calling thread without
 * starting a thread, what the work throws on the caller, and the thread count's property.
 */
class PlanningPoolTest {
  private final String before = System.getProperty(PlanningPool.THREADS_PROPERTY);

  @AfterEach
  void restore() {
    if (before == null) {
      System.clearProperty(PlanningPool.THREADS_PROPERTY);
    } else {
      System.setProperty(PlanningPool.THREADS_PROPERTY, before);
    }
  }

  @Test
  void everyIndexOfALargeRangeIsWorkedOnOnce() {
    int size = 50 * PlanningPool.CHUNK + 7;
    AtomicIntegerArray visits = new AtomicIntegerArray(size);
    try (PlanningPool pool = new PlanningPool(4, 1)) {
      for (int round = 0; round < 3; round++) {
        pool.run(size, (from, to) -> {
          assertThat(to - from).isAtMost(PlanningPool.CHUNK);
          for (int i = from; i < to; i++) {
            visits.incrementAndGet(i);
          }
        });
      }
      assertThat(pool.started()).isTrue();
    }
    for (int i = 0; i < size; i++) {
      assertThat(visits.get(i)).isEqualTo(3);
    }
  }

  @Test
  void aRangeBelowTheThresholdOrOneThreadStartsNoThread() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    int[] ranges = new int[2];
    try (PlanningPool small = new PlanningPool(4, 1_000);
        PlanningPool alone = new PlanningPool(1, 1)) {
      small.run(999, (from, to) -> {
        threads.add(Thread.currentThread());
        ranges[0] += to - from;
      });
      alone.run(5_000, (from, to) -> {
        threads.add(Thread.currentThread());
        ranges[1] += to - from;
      });
      assertThat(small.started()).isFalse();
      assertThat(alone.started()).isFalse();
      assertThat(alone.parallel()).isFalse();
      assertThat(small.parallel()).isTrue();
    }
    assertThat(threads).containsExactly(Thread.currentThread());
    assertThat(ranges).asList().containsExactly(999, 5_000).inOrder();
  }

  @Test
  void whatTheWorkThrowsOnAnyThreadReachesTheCaller() {
    try (PlanningPool pool = new PlanningPool(2, 1)) {
      for (int at : new int[] {0, 10 * PlanningPool.CHUNK}) {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
            () -> pool.run(20 * PlanningPool.CHUNK, (from, to) -> {
              if (from <= at && at < to) {
                throw new IllegalStateException("at " + at);
              }
            }));
        assertThat(thrown).hasMessageThat().isEqualTo("at " + at);
      }
      AssertionError error = assertThrows(AssertionError.class,
          () -> pool.run(20 * PlanningPool.CHUNK, (from, to) -> {
            throw new AssertionError("every chunk");
          }));
      assertThat(error).hasMessageThat().isEqualTo("every chunk");
    }
  }

  @Test
  void everyHelperIsAwaited_theFirstErrorThrown_theOthersSuppressed() throws Exception {
    Thread caller = Thread.currentThread();
    CountDownLatch helperStarted = new CountDownLatch(1);
    AtomicBoolean helperEnded = new AtomicBoolean();
    try (PlanningPool pool = new PlanningPool(2, 1)) {
      AssertionError thrown = assertThrows(AssertionError.class,
          () -> pool.run(2 * PlanningPool.CHUNK, (from, to) -> {
            if (Thread.currentThread() == caller) {
              try {
                helperStarted.await(30, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                throw new IllegalStateException(e);
              }
              throw new AssertionError("on the caller");
            }
            helperStarted.countDown();
            try {
              Thread.sleep(200); // still working when the caller's error is thrown
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            helperEnded.set(true);
            throw new AssertionError("on a helper");
          }));
      assertThat(helperEnded.get()).isTrue(); // waited for, though the caller threw first
      assertThat(thrown).hasMessageThat().isEqualTo("on the caller");
      assertThat(thrown.getSuppressed()).hasLength(1);
      assertThat(thrown.getSuppressed()[0]).hasMessageThat().isEqualTo("on a helper");
      assertThat(Thread.currentThread().isInterrupted()).isFalse(); // no interrupt made up
    }
  }

  @Test
  void anInterruptOfTheCallerWhileAHelperWorksIsKept_andTheHelpersChunkIsDone() throws Exception {
    // The helper holds its chunk until the caller, in its own chunk, has been interrupted (as
    // by ^C): the caller must still wait for the helper, whose chunk writes into its arrays, and
    // keep the interrupt, through the pool's closing, for whoever called the planning.
    Thread caller = Thread.currentThread();
    CountDownLatch helperWorking = new CountDownLatch(1);
    CountDownLatch callerInterrupted = new CountDownLatch(1);
    AtomicIntegerArray visits = new AtomicIntegerArray(2 * PlanningPool.CHUNK);
    try (PlanningPool pool = new PlanningPool(2, 1)) {
      pool.run(2 * PlanningPool.CHUNK, (from, to) -> {
        try {
          if (Thread.currentThread() == caller) {
            helperWorking.await(30, TimeUnit.SECONDS);
            caller.interrupt();
            callerInterrupted.countDown();
          } else {
            helperWorking.countDown();
            callerInterrupted.await(30, TimeUnit.SECONDS);
          }
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
        for (int i = from; i < to; i++) {
          visits.incrementAndGet(i);
        }
      });
    } // closed with the interrupt still set
    assertThat(Thread.interrupted()).isTrue();
    for (int i = 0; i < visits.length(); i++) {
      assertThat(visits.get(i)).isEqualTo(1);
    }
  }

  @Test
  void aHelperThatCannotBeStartedFailsTheRun_afterTheStartedOnesAreDone() throws Exception {
    // The second helper's thread cannot be made (as when the system has no thread left) once
    // the first is at work: the first must still be waited for, its chunks written.
    CountDownLatch firstWorking = new CountDownLatch(1);
    AtomicInteger made = new AtomicInteger();
    ThreadFactory failsSecond = task -> {
      if (made.incrementAndGet() == 1) {
        return new Thread(task, "docket-plan-test");
      }
      try {
        firstWorking.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      throw new OutOfMemoryError("unable to create native thread");
    };
    AtomicIntegerArray visits = new AtomicIntegerArray(2 * PlanningPool.CHUNK);
    try (PlanningPool pool = new PlanningPool(3, 1, failsSecond)) {
      OutOfMemoryError thrown = assertThrows(OutOfMemoryError.class,
          () -> pool.run(2 * PlanningPool.CHUNK, (from, to) -> {
            firstWorking.countDown();
            try {
              Thread.sleep(100); // still working when the second helper fails
            } catch (InterruptedException e) {
              throw new IllegalStateException(e);
            }
            for (int i = from; i < to; i++) {
              visits.incrementAndGet(i);
            }
          }));
      assertThat(thrown).hasMessageThat().isEqualTo("unable to create native thread");
      for (int i = 0; i < visits.length(); i++) {
        assertThat(visits.get(i)).isEqualTo(1); // the first helper's, all done before the throw
      }
    }
  }

  @Test
  void thePropertySetsTheThreads_aBadValueIsRefusedNamingTheFix() {
    System.clearProperty(PlanningPool.THREADS_PROPERTY);
    assertThat(PlanningPool.configuredThreads()).isEqualTo(1); // more only on request
    System.setProperty(PlanningPool.THREADS_PROPERTY, " 3 ");
    assertThat(PlanningPool.configuredThreads()).isEqualTo(3);
    System.setProperty(PlanningPool.THREADS_PROPERTY, "1");
    assertThat(PlanningPool.configuredThreads()).isEqualTo(1);
    System.setProperty(PlanningPool.THREADS_PROPERTY, "64");
    assertThat(PlanningPool.configuredThreads()).isEqualTo(64);
    for (String bad : new String[] {"0", "65", "two", ""}) {
      System.setProperty(PlanningPool.THREADS_PROPERTY, bad);
      BadInputException refused =
          assertThrows(BadInputException.class, PlanningPool::configuredThreads);
      assertThat(refused).hasMessageThat().isEqualTo("bad value '" + bad
          + "' for -Ddocket.planning.threads: expected a whole number from 1 to 64 (1 plans on"
          + " the calling thread alone), e.g. JAVA_OPTS=-Ddocket.planning.threads=1");
    }
  }
}
