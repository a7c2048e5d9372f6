package org.example.params;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.io.Writer;

/** Rewrites its output from {@link Source}; with {@code --fail}, dies halfway through writing. */
@Task
class Rewrite {
  @Param(defaultValue = "false", significant = false)
  boolean fail;

  @Requires Source source;

  @Output LocalFileTarget result() {
    return LocalFileTarget.of("rewrite", "result.txt");
  }

  void run() throws Exception {
    try (Writer out = result().newWriter()) {
      out.write("first half of " + source.text().readString());
      if (fail) {
        throw new IllegalStateException("the second half cannot be computed");
      }
      out.write("second half\n");
    }
  }
}
