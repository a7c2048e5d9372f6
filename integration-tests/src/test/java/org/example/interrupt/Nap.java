package org.example.interrupt;

import dev.docket.annotations.Output;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.io.Writer;
import java.util.concurrent.TimeUnit;

/**
 * Writes half of its output, then sleeps {@code seconds} with the file open (its temporary file
 * in {@code nap/}), then writes the rest. With {@code --stubborn}, it sleeps on when interrupted,
 * as a task deep in native code would.
 */
@Task
class Nap extends NapParams {
  @Requires
  Quick quick() {
    return Quick_Builder.create().name(name).build();
  }

  @Output
  LocalFileTarget result() {
    return LocalFileTarget.of("nap", name + ".txt");
  }

  void run() throws Exception {
    try (Writer out = result().newWriter()) {
      out.write("first half\n");
      out.flush();
      long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
      while (System.nanoTime() < until) {
        try {
          Thread.sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(until - System.nanoTime())));
        } catch (InterruptedException e) {
          if (!stubborn) {
            throw e;
          }
        }
      }
      out.write("second half\n");
    }
  }
}
