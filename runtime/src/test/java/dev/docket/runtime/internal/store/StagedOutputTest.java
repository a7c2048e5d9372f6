package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one rule of a staged output: what was written becomes the output only when the stream is
 * closed without a failed write, flush or close; otherwise, and after {@code abort()}, the staging
 * file is discarded. Each case checks which of commit and discard ran, and how often.
 */
class StagedOutputTest {
  /** Records commit and discard; its staging "file" is a byte array whose stream may fail. */
  private static final class Recorded extends StagedOutput {
    final List<String> events;

    Recorded(OutputStream out, List<String> events) {
      super(out);
      this.events = events;
    }

    @Override
    protected void commit() {
      events.add("commit");
    }

    @Override
    protected void discard() {
      events.add("discard");
    }

    @Override
    protected IOException failure(IOException e) {
      return new IOException("cannot write the output: " + e.getMessage(), e);
    }

    boolean closed() {
      return isClosed();
    }
  }

  /** A staging stream that fails at the chosen step. */
  private static final class Failing extends ByteArrayOutputStream {
    final String step;
    final RuntimeException unchecked;

    Failing(String step) {
      this(step, null);
    }

    Failing(String step, RuntimeException unchecked) {
      this.step = step;
      this.unchecked = unchecked;
    }

    private void maybeFail(String at) throws IOException {
      if (step.equals(at)) {
        if (unchecked != null) {
          throw unchecked;
        }
        throw new IOException("disk full at " + at);
      }
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      try {
        maybeFail("write");
      } catch (IOException e) {
        throw new IllegalStateException(e); // ByteArrayOutputStream's write declares nothing
      }
      super.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      maybeFail("flush");
    }

    @Override
    public void close() throws IOException {
      maybeFail("close");
    }
  }

  /** A stream whose writes throw the checked IOException a full disk gives. */
  private static final class FailingWrites extends OutputStream {
    @Override
    public void write(int b) throws IOException {
      throw new IOException("disk full");
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      throw new IOException("disk full");
    }
  }

  private final List<String> events = new ArrayList<>();

  @Test
  void aCleanCloseCommitsOnceWhatWasWritten() throws IOException {
    ByteArrayOutputStream staging = new ByteArrayOutputStream();
    Recorded out = new Recorded(staging, events);
    out.write('a');
    out.write(new byte[] {'x', 'b', 'c', 'y'}, 1, 2);
    out.flush();
    assertThat(out.closed()).isFalse();
    out.close();
    out.close(); // a second close does nothing
    out.abort(); // nor does an abort after the commit
    assertThat(staging.toString()).isEqualTo("abc");
    assertThat(events).containsExactly("commit");
    assertThat(out.closed()).isTrue();
  }

  @Test
  void abortDiscardsAndALaterCloseDoesNothing() throws IOException {
    Recorded out = new Recorded(new ByteArrayOutputStream(), events);
    out.write('a');
    out.abort();
    assertThat(out.closed()).isTrue();
    out.close();
    assertThat(events).containsExactly("discard");
  }

  @Test
  void aFailedWriteOfBytesIsRethrownAsTheSubclassSaysAndTheCloseDiscards() throws IOException {
    Recorded out = new Recorded(new FailingWrites(), events);
    IOException failed = assertThrows(IOException.class, () -> out.write(new byte[] {1, 2}, 0, 2));
    assertThat(failed).hasMessageThat().isEqualTo("cannot write the output: disk full");
    out.close();
    assertThat(events).containsExactly("discard");
  }

  @Test
  void aFailedWriteOfOneByteIsRethrownAsTheSubclassSaysAndTheCloseDiscards() throws IOException {
    Recorded out = new Recorded(new FailingWrites(), events);
    IOException failed = assertThrows(IOException.class, () -> out.write('a'));
    assertThat(failed).hasMessageThat().isEqualTo("cannot write the output: disk full");
    out.close();
    assertThat(events).containsExactly("discard");
  }

  @Test
  void anUncheckedFailureOfAWriteAlsoMarksTheStreamFailed() throws IOException {
    IllegalStateException bug = new IllegalStateException("format bug");
    Recorded bytes = new Recorded(new Failing("write", bug), events);
    assertThat(assertThrows(IllegalStateException.class, () -> bytes.write(new byte[] {1}, 0, 1)))
        .isSameInstanceAs(bug);
    bytes.close();
    assertThat(events).containsExactly("discard");

    events.clear();
    Recorded oneByte = new Recorded(new OutputStream() {
      @Override
      public void write(int b) {
        throw bug;
      }
    }, events);
    assertThat(assertThrows(IllegalStateException.class, () -> oneByte.write('a')))
        .isSameInstanceAs(bug);
    oneByte.close();
    assertThat(events).containsExactly("discard");
  }

  @Test
  void aFailedFlushMarksTheStreamFailed() throws IOException {
    Recorded out = new Recorded(new Failing("flush"), events);
    out.write('a');
    IOException failed = assertThrows(IOException.class, out::flush);
    assertThat(failed).hasMessageThat().isEqualTo("cannot write the output: disk full at flush");
    out.close();
    assertThat(events).containsExactly("discard");
  }

  @Test
  void aFailedCloseOfTheStagingStreamDiscardsAndThrows() {
    Recorded out = new Recorded(new Failing("close"), events);
    IOException failed = assertThrows(IOException.class, out::close);
    assertThat(failed).hasMessageThat().isEqualTo("cannot write the output: disk full at close");
    assertThat(events).containsExactly("discard");
    assertThat(out.closed()).isTrue();
  }

  @Test
  void anAbortWhoseCloseFailsStillDiscardsAndThrowsNothing() {
    Recorded out = new Recorded(new Failing("close"), events);
    out.abort();
    assertThat(events).containsExactly("discard");
  }

  @Test
  void theDefaultFailureIsTheStreamsOwn() {
    IOException full = new IOException("disk full");
    StagedOutput plain = new StagedOutput(OutputStream.nullOutputStream()) {
      @Override
      protected void commit() {}

      @Override
      protected void discard() {}
    };
    assertThat(plain.failure(full)).isSameInstanceAs(full);
  }
}
