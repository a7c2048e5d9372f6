package dev.docket.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * What the runtime hands to a task's {@code run(TaskContext)} method while it runs.
 *
 * <p>Tasks that need none of it declare {@code run()} without arguments.
 */
public interface TaskContext {
  /** The identity of the running task. */
  TaskId id();

  /** Writes one line to the run's log, prefixed with the task. */
  void log(String message);

  /**
   * Says that another run did this task's work while this one waited for it, e.g. a workflow
   * that followed the jobs another client submitted: when {@code run} then returns normally,
   * the task counts as complete ("completed by another run meanwhile"), not as run by this
   * one, so that two runs side by side count it once. The default does nothing.
   */
  default void completedElsewhere() {}

  /**
   * A dynamic dependency (luigi's {@code yield}): makes {@code task} complete, running it and
   * whatever it needs that is missing, and returns it once it is, so that {@code run} can read
   * its outputs. For dependencies that only become known while running, e.g. from the content
   * of an input; dependencies known beforehand belong in {@code @Requires}.
   *
   * <pre>{@code
   * Selection selection = context.require(Selection_Builder.req(this).dataset(name).build());
   * String events = selection.events().readString();
   * }</pre>
   *
   * @throws Exception when {@code task} or something it needs fails; {@code run} should let it
   *     propagate, which fails this task
   */
  default <T> T require(T task) throws Exception {
    throw new UnsupportedOperationException("this context cannot run dynamic dependencies");
  }

  /** {@link #require} for several tasks at once; they may run in any order. */
  default <T> List<T> requireAll(Collection<? extends T> tasks) throws Exception {
    List<T> done = new ArrayList<>(tasks.size());
    for (T task : tasks) {
      done.add(require(task));
    }
    return done;
  }
}
