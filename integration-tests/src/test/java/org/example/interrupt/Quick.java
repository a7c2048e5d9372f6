package org.example.interrupt;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** Done at once: what an interrupted run has finished before the slow task. */
@Task
class Quick {
  @Param String name;

  @Output
  LocalFileTarget done() {
    return LocalFileTarget.of("quick", name + ".txt");
  }

  void run() throws Exception {
    done().writeString("quick\n");
  }
}
