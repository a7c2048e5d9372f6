package org.example.page;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Waits for a message from the scheduler's page, answers it and keeps its text as the output:
 * what a long task does to take a user's word while it runs ({@link SchedulerPageIT}).
 */
@Task
class Listen {
  @Param(defaultValue = "page")
  String name;

  @Output
  LocalFileTarget heard() {
    return LocalFileTarget.of("listen", name + ".txt");
  }

  void run(TaskContext context) throws Exception {
    context.setStatusMessage("waiting for a message from the page");
    context.setProgress(0.5);
    context.setTrackingUrl("https://batch.example.org/jobs/" + name);
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < until) {
      Optional<TaskContext.Message> message = context.nextMessage();
      if (message.isPresent()) {
        String text = message.get().text();
        message.get().answer("received: " + text);
        heard().writeString(text);
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("no message came from the page within 120 s");
  }
}
