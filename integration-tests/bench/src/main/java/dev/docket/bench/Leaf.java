package dev.docket.bench;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/** One leaf of the fan: no inputs, writes out/leaf{i}.txt. */
@Task
class Leaf {
  @Param int i;

  @Param(defaultValue = Action.DEFAULT, significant = false)
  String action;

  @Output
  LocalFileTarget output() {
    return Action.output("leaf" + i);
  }

  void run() throws Exception {
    Action.perform(action, "leaf" + i, output());
  }
}
