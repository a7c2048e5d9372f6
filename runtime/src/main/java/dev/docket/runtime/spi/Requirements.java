package dev.docket.runtime.spi;

/** Where a task family reports the tasks one task requires; the graph builder implements it. */
public interface Requirements {
  /** A required task whose family is known at compile time. */
  <R> void add(TaskFamily<R> family, R task);

  /**
   * A required task whose family is found at run time in the {@link TaskRegistry}, for
   * {@code @Requires} methods declared with a supertype of several task classes.
   */
  void add(Object task);

  /**
   * Every task of {@code tasks}, in order, as {@link #add(TaskFamily, Object)} adds them one at
   * a time. The generated code reports a {@code @Requires} collection so, which lets the graph
   * builder make room once for a collection's size (a fan's hundred thousand requirements)
   * instead of growing its arrays as they come.
   */
  default <R> void addAll(TaskFamily<R> family, Iterable<? extends R> tasks) {
    for (R task : tasks) {
      add(family, task);
    }
  }
}
