package dev.docket.bench;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.util.ArrayList;
import java.util.List;

/** The fan's target: requires the N leaves, writes out/top.txt. */
@Task
class Top {
  /** How many leaves. */
  @Param int n;

  @Param(defaultValue = Action.DEFAULT, significant = false)
  String action;

  @Requires
  List<Leaf> leaves() {
    List<Leaf> leaves = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      leaves.add(Leaf_Builder.req(this).i(i).build());
    }
    return leaves;
  }

  @Output
  LocalFileTarget output() {
    return Action.output("top");
  }

  void run() throws Exception {
    Action.perform(action, "top", output());
  }
}
