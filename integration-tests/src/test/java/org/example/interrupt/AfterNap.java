package org.example.interrupt;

import dev.docket.annotations.Output;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** Needs {@link Nap}: an interrupted run does not start it. */
@Task
class AfterNap extends NapParams {
  @Requires Nap nap; // name, seconds and stubborn propagate by name

  @Output
  LocalFileTarget result() {
    return LocalFileTarget.of("nap", name + ".after");
  }

  void run() throws Exception {
    result().writeString(nap.result().readString());
  }
}
