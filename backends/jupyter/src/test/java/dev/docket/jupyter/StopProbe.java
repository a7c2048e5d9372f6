package dev.docket.jupyter;

import java.util.concurrent.CountDownLatch;

/** What a cell in {@link EvaluatorTest} counts down to say it is running (cells see public classes only). */
public final class StopProbe {
  public static final CountDownLatch STARTED = new CountDownLatch(1);

  private StopProbe() {}
}
