package dev.docket.runtime.internal.store;

/**
 * An output stream that can be given up, so that its content never replaces the file: what
 * {@code FileTarget.write(format, value)} does when the format fails half-way, since closing the
 * stream would put the half-written file in place. The streams of every {@code FileTarget}'s
 * {@code newOutputStream()} implement it.
 */
public interface AbortableOutput {
  /** Closes the stream and drops what was written; a later {@code close()} does nothing. */
  void abort();
}
