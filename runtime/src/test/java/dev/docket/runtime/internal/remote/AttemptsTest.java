package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The retry loop itself: the pause that doubles between attempts, what the final error says
 * for each kind of fault, and an interrupt, which ends the loop at once.
 */
class AttemptsTest {
  private static final URI A = URI.create("flaky://a/data/");
  private static final URI B = URI.create("flaky://b/data/");

  private final RequestCounts counts = new RequestCounts();

  /** Requests that always fail with {@code fault}, each attempt's time noted. */
  private static class Failing implements Attempts.Request<Void> {
    final List<Long> times = new ArrayList<>();
    final IOException fault;

    Failing(IOException fault) {
      this.fault = fault;
    }

    @Override
    public Void send(StorageClient client, URI url) throws IOException {
      times.add(System.nanoTime());
      throw fault;
    }
  }

  private IOException run(Attempts attempts, Attempts.Request<?> request) {
    return assertThrows(IOException.class, () -> attempts.run("f.txt", 0, i -> null, request));
  }

  @Test
  void thePauseBeforeEachRetryDoubles() {
    Failing request = new Failing(new IOException("connection reset"));
    run(new Attempts(List.of(A), 3, Duration.ofMillis(40), counts), request);
    assertThat(request.times).hasSize(4);
    long[] gaps = new long[3];
    for (int i = 0; i < 3; i++) {
      gaps[i] = TimeUnit.NANOSECONDS.toMillis(request.times.get(i + 1) - request.times.get(i));
    }
    assertThat(gaps[0]).isAtLeast(40);
    assertThat(gaps[1]).isAtLeast(80);
    assertThat(gaps[2]).isAtLeast(160);
    assertThat(counts.retries()).isEqualTo(3);
  }

  @Test
  void aFaultWithoutTheUrlGetsItAndOneWithoutAMessageIsNamedByItsClass() {
    IOException plain =
        run(new Attempts(List.of(A), 1, Duration.ZERO, counts),
            new Failing(new IOException("connection reset")));
    assertThat(plain).hasMessageThat().isEqualTo("flaky://a/data/f.txt: connection reset (failed"
        + " 2 times; raise retries or retry-delay in its [fs.<name>] section if the storage is"
        + " slow to recover)");
    assertThat(plain).isInstanceOf(StorageException.class);
    assertThat(((StorageException) plain).kind()).isEqualTo(StorageException.Kind.TRANSIENT);
    assertThat(plain).hasCauseThat().hasMessageThat().isEqualTo("connection reset");

    IOException bare = run(new Attempts(List.of(A), 0, Duration.ZERO, counts),
        new Failing(new java.nio.channels.ClosedChannelException()));
    assertThat(bare).hasMessageThat().startsWith("flaky://a/data/f.txt: ClosedChannelException"
        + " (failed 1 times;");

    IOException named = run(new Attempts(List.of(A), 0, Duration.ZERO, counts),
        new Failing(new IOException("GET flaky://a/data/f.txt timed out")));
    assertThat(named).hasMessageThat().startsWith("GET flaky://a/data/f.txt timed out (failed");
  }

  @Test
  void acrossSeveralBasesTheErrorSaysHowMany() {
    IOException e = run(new Attempts(List.of(A, B), 1, Duration.ZERO, counts),
        new Failing(new StorageException(StorageException.Kind.TRANSIENT, A, "503")));
    assertThat(e).hasMessageThat().isEqualTo("503 (failed 4 times across 2 bases; raise retries"
        + " or retry-delay in its [fs.<name>] section if the storage is slow to recover)");
    assertThat(counts.failovers()).isEqualTo(1);
    assertThat(counts.retries()).isEqualTo(2);
  }

  @Test
  void anInterruptedIoExceptionEndsTheLoopAtOnce() {
    Failing request = new Failing(new InterruptedIOException("stopped"));
    IOException e = run(new Attempts(List.of(A, B), 5, Duration.ZERO, counts), request);
    assertThat(e).isSameInstanceAs(request.fault);
    assertThat(request.times).hasSize(1);
  }

  @Test
  void anInterruptAfterAFailedAttemptEndsTheLoop() {
    Failing request = new Failing(new IOException("connection reset")) {
      @Override
      public Void send(StorageClient client, URI url) throws IOException {
        Thread.currentThread().interrupt();
        return super.send(client, url);
      }
    };
    try {
      IOException e = run(new Attempts(List.of(A), 5, Duration.ZERO, counts), request);
      assertThat(e).isInstanceOf(InterruptedIOException.class);
      assertThat(e).hasMessageThat().isEqualTo("interrupted while trying flaky://a/data/f.txt");
      assertThat(request.times).hasSize(1);
    } finally {
      Thread.interrupted();
    }
  }

  @Test
  void anInterruptWhileWaitingToRetryEndsTheLoopAndStaysSet() throws Exception {
    Failing request = new Failing(new IOException("connection reset"));
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
    Thread worker = new Thread(() -> {
      try {
        new Attempts(List.of(A), 3, Duration.ofMinutes(1), counts)
            .run("f.txt", 0, i -> null, request);
      } catch (Throwable t) {
        thrown.set(t);
      }
      stillInterrupted.set(Thread.currentThread().isInterrupted());
    });
    worker.start();
    while (worker.getState() != Thread.State.TIMED_WAITING && worker.isAlive()) {
      Thread.onSpinWait();
    }
    worker.interrupt();
    worker.join(TimeUnit.SECONDS.toMillis(20));
    assertThat(worker.isAlive()).isFalse();
    assertThat(thrown.get()).isInstanceOf(InterruptedIOException.class);
    assertThat(thrown.get()).hasMessageThat()
        .isEqualTo("interrupted while waiting to retry flaky://a/data/f.txt");
    assertThat(stillInterrupted.get()).isTrue();
    assertThat(request.times).hasSize(1);
  }
}
