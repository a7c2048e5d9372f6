package dev.docket.bench;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.util.List;

/** One link of the chain: c{i} requires c{i-1}. The chain's target is Link(N-1). */
@Task
class Link {
  @Param int i;

  @Param(defaultValue = Action.DEFAULT, significant = false)
  String action;

  @Requires
  List<Link> previous() {
    return i == 0 ? List.of() : List.of(Link_Builder.req(this).i(i - 1).build());
  }

  @Output
  LocalFileTarget output() {
    return Action.output("c" + i);
  }

  void run() throws Exception {
    Action.perform(action, "c" + i, output());
  }
}
