package dev.docket.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * What the runtime hands to a task's {@code run(TaskContext)} method while it runs.
 *
 * <p>Tasks that need none of it declare {@code run()} without arguments.
 *
 * <p>Under a central scheduler ({@code --scheduler URL}, docs/scheduler.md) a task can also say
 * how far it is, for the page: {@link #setStatusMessage}, {@link #setProgress(double)},
 * {@link #setTrackingUrl}, and read what the page sends it ({@link #nextMessage}), answering
 * through {@link Message#answer}. Without a scheduler these do nothing (and no message comes),
 * so a task calls them unconditionally:
 *
 * <pre>{@code
 * for (int i = 0; i < files.size(); i++) {
 *   process(files.get(i));
 *   int done = i + 1;
 *   context.setProgress(done, files.size());
 *   context.nextMessage().ifPresent(m -> m.answer("at file " + done + " of " + files.size()));
 * }
 * }</pre>
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

  /**
   * A line saying what the task is doing now, shown on the scheduler's page (luigi's
   * {@code set_status_message}); replaces the previous one. Does nothing without a scheduler.
   */
  default void setStatusMessage(String message) {}

  /**
   * How far the task is, from 0 (nothing done) to 1 (all), for the page's progress bar (luigi's
   * {@code set_progress_percentage}, as a fraction). Values outside are clamped. Reports are
   * coalesced, so calling it for every event costs little. Does nothing without a scheduler.
   */
  default void setProgress(double fraction) {}

  /** {@link #setProgress(double)} as {@code done} of {@code total} items; nothing when total is 0. */
  default void setProgress(long done, long total) {
    if (total > 0) {
      setProgress((double) done / total);
    }
  }

  /**
   * A link the page shows for this task, e.g. a batch job's monitoring page (luigi's
   * {@code set_tracking_url}). Does nothing without a scheduler.
   */
  default void setTrackingUrl(String url) {}

  /**
   * The oldest message sent to this task from the scheduler's page and not yet taken, if any;
   * never waits. Messages arrive with the worker's heartbeats (every few seconds). Always empty
   * without a scheduler.
   */
  default Optional<Message> nextMessage() {
    return Optional.empty();
  }

  /** A message from the scheduler's page to a running task. */
  interface Message {
    /** What the page's user typed. */
    String text();

    /** Sends {@code reply} back; the page shows it beside the message. Once is enough. */
    void answer(String reply);
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
