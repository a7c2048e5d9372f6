package dev.docket.runtime.internal.store;

import dev.docket.runtime.Target;
import java.util.List;

/**
 * A target made of the outputs of other tasks, such as a workflow's collection of its
 * branches' outputs. Those tasks lock and write their own outputs; the runner does not lock a
 * composite target, since the task that has it may wait for other processes (batch jobs) that
 * need the very same locks for its parts.
 */
public interface CompositeTarget extends Target {
  /**
   * The targets it is made of, e.g. every output of every selected branch. The commands that
   * look at outputs one by one use them: {@code --remove-output} removes the parts that exist
   * even when too few do for the whole to exist, {@code --print-output} and
   * {@code --fetch-output} list and copy them.
   */
  List<Target> parts();

  /**
   * How complete it is, for {@code --print-status}: whether it {@link #exists()}, and one line,
   * e.g. {@code 5/26 branches complete}; both from one look at the parts.
   */
  Status status();

  /**
   * @param exists what {@link #exists()} says
   * @param line e.g. {@code 5/26 branches complete (missing 5:26)}
   */
  record Status(boolean exists, String line) {}
}
