package dev.docket.runtime.internal.cli;

import dev.docket.runtime.Target;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.internal.store.CompositeTarget;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The outputs of a graph one by one, for the commands that list, copy or remove them: the
 * requested task's first, then by depth; a workflow's collection as its parts (every branch
 * output), so that a half-done workflow's outputs are there too; each target once, also when a
 * workflow's branches are tasks of the graph as well.
 */
final class OutputWalk {
  /** One output and the task it belongs to. */
  record Output(TaskNode node, Target target) {}

  private OutputWalk() {}

  static List<Output> of(TaskGraph graph) {
    List<TaskNode> byDepth = new ArrayList<>(graph.nodes());
    byDepth.sort((a, b) -> Integer.compare(a.depth(), b.depth())); // stable: ties keep order
    Set<Target> seen = new HashSet<>();
    List<Output> outputs = new ArrayList<>();
    for (TaskNode node : byDepth) {
      for (Target output : node.outputs()) {
        List<Target> targets =
            output instanceof CompositeTarget composite ? composite.parts() : List.of(output);
        for (Target target : targets) {
          if (seen.add(target)) {
            outputs.add(new Output(node, target));
          }
        }
      }
    }
    return outputs;
  }
}
