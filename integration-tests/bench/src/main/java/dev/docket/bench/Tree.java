package dev.docket.bench;

import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import java.util.ArrayList;
import java.util.List;

/** The tree's target, like make's phony {@code all}: every task of the top layer. No output. */
@Task
class Tree {
  /** The number of tasks. */
  @Param int n;

  @Param(defaultValue = Action.DEFAULT, significant = false)
  String action;

  @Requires
  List<Node> top() {
    int layer = Node.LAYERS - 1;
    int width = Node.width(n, layer);
    List<Node> top = new ArrayList<>(width);
    for (int j = 0; j < width; j++) {
      top.add(Node_Builder.req(this).l(layer).j(j).build());
    }
    return top;
  }

  void run() {}
}
