package dev.docket.runtime.internal.store;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream into a staging file whose content becomes the output only when the stream is closed
 * without error: the one rule behind a local output's temporary sibling renamed into place
 * ({@link AtomicFiles}) and a remote output's upload at close ({@code internal.remote}'s {@code
 * RemoteUpload}). A write that fails, or {@link #abort()}, marks the stream failed, and closing
 * it then only {@linkplain #discard() discards} the staging file: a half-written output is
 * never committed.
 */
public abstract class StagedOutput extends OutputStream implements AbortableOutput {
  private final OutputStream out;
  private boolean failed;
  private boolean closed;

  /** {@code out} writes the staging file; this stream owns it. */
  protected StagedOutput(OutputStream out) {
    this.out = out;
  }

  /** Puts the staging file, written whole and closed, in place of the output. */
  protected abstract void commit() throws IOException;

  /** Removes the staging file: nothing of it becomes the output. */
  protected abstract void discard() throws IOException;

  /** What a failed write or close throws; the failure itself unless a subclass names the output. */
  protected IOException failure(IOException e) {
    return e;
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      failed = true;
      throw failure(e);
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      failed = true;
      throw failure(e);
    } catch (RuntimeException e) {
      failed = true;
      throw e;
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      failed = true;
      throw failure(e);
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try {
      out.close();
    } catch (IOException e) {
      discard();
      throw failure(e);
    }
    if (failed) {
      discard();
      return;
    }
    commit();
  }

  /** Closes the stream and discards what was written; a later {@code close()} does nothing. */
  @Override
  public synchronized void abort() {
    failed = true;
    try {
      close();
    } catch (IOException e) {
      // nothing was committed; a staging file that could not be removed is a temporary's name
    }
  }

  /** Whether the stream was closed (committed or discarded). */
  protected final synchronized boolean isClosed() {
    return closed;
  }
}
