package dev.docket.bench;

import dev.docket.runtime.Target;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * An output kept in memory: one flag per task number, so that a task that does nothing can
 * still be incomplete before it runs and complete after. For the throughput harness only.
 */
final class Flag implements Target {
  private static volatile AtomicIntegerArray flags = new AtomicIntegerArray(0);

  private final int slot;

  private Flag(int slot) {
    this.slot = slot;
  }

  static Flag of(int slot) {
    return new Flag(slot);
  }

  /** Forgets every flag; {@code size} slots, all unset. */
  static void reset(int size) {
    flags = new AtomicIntegerArray(size);
  }

  void set() {
    flags.set(slot, 1);
  }

  @Override
  public boolean exists() {
    return flags.get(slot) != 0;
  }

  @Override
  public void remove() {
    flags.set(slot, 0);
  }

  @Override
  public String describe() {
    return "flag " + slot;
  }
}
