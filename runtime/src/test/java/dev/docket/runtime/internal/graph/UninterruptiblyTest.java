package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The planner's uninterruptible wait: it waits to its end and keeps the caller's interrupt. */
class UninterruptiblyTest {
  @AfterEach
  void clearInterrupt() {
    Thread.interrupted();
  }

  @Test
  void aWaitThatThrowsKeepsAPendingInterrupt() {
    Thread.currentThread().interrupt();
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> Uninterruptibly.await(() -> {
          assertThat(Thread.currentThread().isInterrupted()).isFalse(); // taken for the wait
          throw new IllegalStateException("the wait failed");
        }));
    assertThat(thrown).hasMessageThat().isEqualTo("the wait failed");
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void aWaitInterruptedAndThenThrowingKeepsTheInterrupt() {
    int[] calls = new int[1];
    assertThrows(AssertionError.class, () -> Uninterruptibly.await(() -> {
      if (calls[0]++ == 0) {
        throw new InterruptedException();
      }
      throw new AssertionError("the wait failed");
    }));
    assertThat(calls[0]).isEqualTo(2);
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void aTimedWaitResumesWithTheTimeLeftNotTheWholeTimeout() {
    Duration timeout = Duration.ofSeconds(10);
    List<Long> given = new ArrayList<>();
    Uninterruptibly.await(timeout, nanos -> {
      given.add(nanos);
      if (given.size() < 3) {
        Thread.sleep(20); // time passes before the interrupt
        throw new InterruptedException();
      }
    });
    assertThat(given).hasSize(3);
    assertThat(given.get(0)).isAtMost(timeout.toNanos());
    assertThat(given.get(2)).isAtMost(timeout.toNanos() - Duration.ofMillis(40).toNanos());
    assertThat(given.get(2)).isGreaterThan(0L);
    assertThat(Thread.interrupted()).isTrue();
  }
}
