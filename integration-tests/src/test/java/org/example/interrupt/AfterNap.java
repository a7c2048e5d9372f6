package org.example.interrupt;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** Needs {@link Nap}: an interrupted run does not start it. */
@Task
class AfterNap {
  @Param String name;

  @Param(defaultValue = "0", significant = false)
  int seconds;

  @Param(defaultValue = "false", significant = false)
  boolean stubborn;

  @Requires
  Nap nap() {
    return Nap_Builder.create().name(name).seconds(seconds).stubborn(stubborn).build();
  }

  @Output
  LocalFileTarget result() {
    return LocalFileTarget.of("nap", name + ".after");
  }

  void run() throws Exception {
    result().writeString(nap().result().readString());
  }
}
