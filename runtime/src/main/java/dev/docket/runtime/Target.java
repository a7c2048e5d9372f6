package dev.docket.runtime;

import java.io.IOException;

/**
 * Something a task produces: a file, a directory, a remote object. A task is complete when all
 * the targets returned by its {@code @Output} methods exist.
 */
public interface Target {
  /** {@link #lastModified()} of a target that does not exist. */
  long MISSING = -1;

  /** {@link #lastModified()} of a target whose storage keeps no modification time. */
  long UNKNOWN_TIME = -2;

  /** Whether the target exists completely (a half-written target never exists). */
  boolean exists();

  /**
   * When the target was last written, in milliseconds since the epoch; {@link #MISSING} when it
   * does not exist; {@link #UNKNOWN_TIME} when it exists but its storage keeps no time. The
   * planner uses it like make: a task whose output is older than an output of a task it
   * requires runs again. The default knows only existence.
   */
  default long lastModified() {
    return exists() ? UNKNOWN_TIME : MISSING;
  }

  /** Removes the target if it exists; does nothing otherwise. */
  void remove() throws IOException;

  /** A short human-readable location, e.g. a path or a URL, for status lines and messages. */
  String describe();
}
