package dev.docket.bench;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import java.util.List;

/**
 * A task that does nothing, for the executor's throughput: task {@code i} of a graph of
 * {@code n} in the peer kit's shapes ({@code fan}: i &lt; n requires nothing, i = n requires all;
 * {@code chain}: i requires i-1; {@code tree}: 10 layers, two requirements each). Its output
 * is a {@link Flag} in memory.
 */
@Task
class Idle {
  @Param String shape;

  @Param int n;

  @Param int i;

  @Requires
  List<Idle> below() {
    return switch (shape) {
      case "fan" -> i < n ? List.of() : java.util.stream.IntStream.range(0, n).mapToObj(this::at).toList();
      case "chain" -> i == 0 ? List.of() : List.of(at(i - 1));
      case "tree" -> treeBelow();
      default -> throw new IllegalArgumentException("shape must be fan, chain or tree: " + shape);
    };
  }

  /** Tree slot i is (layer l, position j) numbered layer by layer; slot n is the wrapper. */
  private List<Idle> treeBelow() {
    int[] start = new int[Node.LAYERS + 1];
    for (int l = 0; l < Node.LAYERS; l++) {
      start[l + 1] = start[l] + Node.width(n, l);
    }
    if (i == n) {
      return java.util.stream.IntStream.range(start[Node.LAYERS - 1], n).mapToObj(this::at).toList();
    }
    int l = 0;
    while (i >= start[l + 1]) {
      l++;
    }
    if (l == 0) {
      return List.of();
    }
    int j = i - start[l];
    int w = Node.width(n, l - 1);
    int a = j % w;
    int b = (j + 1) % w;
    return a == b
        ? List.of(at(start[l - 1] + a))
        : List.of(at(start[l - 1] + Math.min(a, b)), at(start[l - 1] + Math.max(a, b)));
  }

  private Idle at(int slot) {
    return Idle_Builder.req(this).i(slot).build();
  }

  @Output
  Flag done() {
    return Flag.of(i);
  }

  void run() {
    done().set();
  }
}
