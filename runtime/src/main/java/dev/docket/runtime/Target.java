package dev.docket.runtime;

import java.io.IOException;

/**
 * Something a task produces: a file, a directory, a remote object. A task is complete when all
 * the targets returned by its {@code @Output} methods exist.
 */
public interface Target {
  /** Whether the target exists completely (a half-written target never exists). */
  boolean exists();

  /** Removes the target if it exists; does nothing otherwise. */
  void remove() throws IOException;

  /** A short human-readable location, e.g. a path or a URL, for status lines and messages. */
  String describe();
}
