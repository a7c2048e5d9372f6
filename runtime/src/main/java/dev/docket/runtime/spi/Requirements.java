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
}
