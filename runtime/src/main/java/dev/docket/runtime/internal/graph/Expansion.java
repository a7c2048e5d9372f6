package dev.docket.runtime.internal.graph;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskRegistry;
import java.util.Arrays;
import java.util.Collection;

/**
 * What one task's {@code requirements} reported, recorded on whichever planning thread asked,
 * and their identities, computed on any thread; the calling thread then turns them into nodes
 * in the order the task declared them ({@link LevelWalk}). What the task threw after its first
 * {@link #count} requirements is kept, and so is what an identity threw: the merge reports the
 * first of them that a walk on one thread would have met.
 */
final class Expansion implements Requirements {
  private final TaskRegistry registry;
  private TaskFamily<?>[] families = new TaskFamily<?>[2];
  private Object[] tasks = new Object[2];
  private TaskId[] ids;
  private Throwable[] idErrors;
  private int count;
  private Throwable error;

  Expansion(TaskRegistry registry) {
    this.registry = registry;
  }

  @Override
  public <R> void add(TaskFamily<R> family, R task) {
    if (count == tasks.length) {
      room(count * 2);
    }
    families[count] = family;
    tasks[count] = task;
    count++;
  }

  @Override
  public <R> void addAll(TaskFamily<R> family, Iterable<? extends R> required) {
    if (required == null) {
      // The generated code hands the member's value on unread, so the JVM's own message would
      // name this method's parameter, not the user's member.
      throw new NullPointerException("a @Requires member gave null instead of its " + family.name()
          + " tasks; give an empty collection when nothing is required");
    }
    if (required instanceof Collection<?> sized) {
      room(count + sized.size()); // once, not by doubling: a fan's root has 100,000
    }
    for (R task : required) {
      add(family, task);
    }
  }

  /** Makes the arrays hold at least {@code size} requirements. */
  private void room(int size) {
    if (size > tasks.length) {
      families = Arrays.copyOf(families, size);
      tasks = Arrays.copyOf(tasks, size);
    }
  }

  @Override
  public void add(Object task) {
    add(registry.familyOf(task), task);
  }

  /** Asks {@code family} for its requirements of {@code task}, keeping what it throws. */
  @SuppressWarnings("unchecked")
  void record(TaskFamily<?> family, Object task) {
    try {
      ((TaskFamily<Object>) family).requirements(task, this);
    } catch (Throwable e) {
      error = e;
    }
  }

  /** How many requirements were reported (before {@link #error}, if any). */
  int count() {
    return count;
  }

  /** What the task's {@code requirements} threw, or {@code null}. */
  Throwable error() {
    return error;
  }

  TaskFamily<?> family(int i) {
    return families[i];
  }

  Object task(int i) {
    return tasks[i];
  }

  /**
   * Computes the identities of requirements {@code from} to {@code to}; on any thread. Only the
   * identities: the merge makes a node of an identity met for the first time, so a requirement
   * already known (most of them, in a graph whose tasks share inputs) costs no node.
   */
  @SuppressWarnings("unchecked")
  void identify(int from, int to) {
    for (int i = from; i < to; i++) {
      try {
        TaskId id = ((TaskFamily<Object>) families[i]).id(tasks[i]);
        id.hashCode(); // its strings' hashes cached here, not on the merging thread
        ids[i] = id;
      } catch (Throwable e) {
        idError(i, e);
      }
    }
  }

  /** Makes room for the identities; on the calling thread, before {@link #identify}. */
  void prepareIds() {
    ids = new TaskId[count];
  }

  private synchronized void idError(int i, Throwable e) {
    if (idErrors == null) {
      idErrors = new Throwable[count];
    }
    idErrors[i] = e;
  }

  /** The identity of requirement {@code i}; throws what computing it threw. */
  TaskId id(int i) throws Exception {
    Throwable thrown = idErrors == null ? null : idErrors[i];
    if (thrown != null) {
      throw LevelWalk.rethrow(thrown);
    }
    return ids[i];
  }
}
