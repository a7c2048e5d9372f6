package org.example.params;

import dev.docket.annotations.Output;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** The input of {@link Rewrite}. */
@Task
class Source {
  @Output LocalFileTarget text() {
    return LocalFileTarget.of("rewrite", "source.txt");
  }

  void run() throws Exception {
    text().writeString("source\n");
  }
}
