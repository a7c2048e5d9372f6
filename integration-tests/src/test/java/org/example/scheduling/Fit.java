package org.example.scheduling;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.util.concurrent.atomic.AtomicInteger;

/** Fails its first two attempts, as a fit on a busy database might. */
@Task(priority = 5, retries = 2, retryDelay = "10ms", timeout = "30s",
    resources = {"db=1", "memory=4G"})
public class Fit {
  /** Attempts in this process. */
  static final AtomicInteger attempts = new AtomicInteger();

  @Param(defaultValue = "ttbar") String dataset;

  @Output
  LocalFileTarget result() {
    return LocalFileTarget.of("fit", dataset + ".txt");
  }

  void run() throws Exception {
    int attempt = attempts.incrementAndGet();
    if (attempt <= 2) {
      throw new IllegalStateException("database busy (attempt " + attempt + ")");
    }
    result().writeString("mu = 1.0\n");
  }
}
