package dev.docket.runtime.spi.coordination;

import dev.docket.runtime.Outcome;
import dev.docket.runtime.TaskId;

/** One run's side of the scheduler: claims and reports for the tasks of its graph. */
public interface RunCoordination {
  /** No scheduler. */
  RunCoordination NONE =
      new RunCoordination() {
        @Override
        public Claim claim(TaskId task) {
          return Claim.GRANTED;
        }

        @Override
        public TaskChannel channel(TaskId task) {
          return TaskChannel.NONE;
        }

        @Override
        public void ended(TaskId task, Outcome outcome, String reason) {}

        @Override
        public void finished() {}
      };

  /**
   * Asks to run {@code task}; while another live worker runs it, waits (the calling worker thread
   * only) until that one ends or is released. A task the scheduler was not told of (a dynamic
   * dependency) is granted.
   */
  Claim claim(TaskId task) throws InterruptedException;

  /** Where the running {@code task}'s context sends its status and reads its messages. */
  TaskChannel channel(TaskId task);

  /**
   * {@code task} ended with {@code outcome} in this run ({@code reason}: the failure's first
   * line, or {@code null}); frees its claim.
   */
  void ended(TaskId task, Outcome outcome, String reason);

  /** The run is over. */
  void finished();
}
