package dev.docket.runtime.spi.coordination;

import dev.docket.runtime.TaskContext;
import java.util.Optional;

/**
 * A running task's line to the scheduler: what {@link TaskContext}'s status methods send and
 * where the page's messages arrive. Reports may be coalesced; none of them blocks the task.
 */
public interface TaskChannel {
  TaskChannel NONE =
      new TaskChannel() {
        @Override
        public void status(String message) {}

        @Override
        public void progress(double fraction) {}

        @Override
        public void trackingUrl(String url) {}

        @Override
        public Optional<TaskContext.Message> nextMessage() {
          return Optional.empty();
        }
      };

  void status(String message);

  /** {@code fraction} from 0 to 1. */
  void progress(double fraction);

  void trackingUrl(String url);

  /** The oldest message from the page not yet taken, if any. */
  Optional<TaskContext.Message> nextMessage();
}
