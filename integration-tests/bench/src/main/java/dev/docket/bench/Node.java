package dev.docket.bench;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.util.List;

/**
 * Task n{l}_{j} of the tree: 10 layers of width N/10 (the first N mod 10 layers one wider); a
 * task above layer 0 requires tasks j mod W' and (j+1) mod W' of the layer below.
 */
@Task
class Node {
  static final int LAYERS = 10;

  /** The size of the whole tree. */
  @Param int n;

  @Param int l;

  @Param int j;

  @Param(defaultValue = Action.DEFAULT, significant = false)
  String action;

  static int width(int n, int layer) {
    return n / LAYERS + (layer < n % LAYERS ? 1 : 0);
  }

  @Requires
  List<Node> below() {
    if (l == 0) {
      return List.of();
    }
    int w = width(n, l - 1);
    int a = j % w;
    int b = (j + 1) % w;
    Node first = Node_Builder.req(this).l(l - 1).j(Math.min(a, b)).build();
    if (a == b) {
      return List.of(first);
    }
    return List.of(first, Node_Builder.req(this).l(l - 1).j(Math.max(a, b)).build());
  }

  @Output
  LocalFileTarget output() {
    return Action.output(name());
  }

  private String name() {
    return "n" + l + "_" + j;
  }

  void run() throws Exception {
    Action.perform(action, name(), output());
  }
}
