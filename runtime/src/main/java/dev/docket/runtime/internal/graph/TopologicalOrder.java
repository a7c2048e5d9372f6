package dev.docket.runtime.internal.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Orders the nodes reachable from a root dependencies first, by an iterative depth-first walk
 * (post-order, requirements in the order the task declared them, so the order is
 * deterministic). An edge that closes a cycle is cut and becomes the planning error of the node
 * that has it, so the result is always acyclic.
 */
final class TopologicalOrder {
  private static final int NEW = 0;
  private static final int ON_PATH = 1;
  private static final int DONE = 2;

  private TopologicalOrder() {}

  static List<TaskNode> of(TaskNode root, int expectedSize) {
    List<TaskNode> order = new ArrayList<>(expectedSize);
    List<TaskNode> path = new ArrayList<>();
    int[] next = new int[16];
    path.add(root);
    root.mark = ON_PATH;
    while (!path.isEmpty()) {
      int top = path.size() - 1;
      TaskNode node = path.get(top);
      if (next[top] < node.requirementCount()) {
        TaskNode child = node.requirement(next[top]++);
        if (child.mark == NEW) {
          child.mark = ON_PATH;
          path.add(child);
          if (path.size() > next.length) {
            next = Arrays.copyOf(next, next.length * 2);
          }
          next[path.size() - 1] = 0;
        } else if (child.mark == ON_PATH) {
          cutCycle(node, child, path);
          next[top]--;
        }
      } else {
        node.mark = DONE;
        order.add(node);
        path.remove(top);
      }
    }
    for (int i = 0; i < order.size(); i++) {
      TaskNode node = order.get(i);
      node.mark = NEW;
      node.index(i);
    }
    return order;
  }

  private static void cutCycle(TaskNode node, TaskNode child, List<TaskNode> path) {
    List<TaskNode> cycle = new ArrayList<>(path.subList(path.indexOf(child), path.size()));
    cycle.add(child);
    List<TaskNode> kept = new ArrayList<>(node.requirements());
    kept.remove(child);
    node.requirements(kept.toArray(new TaskNode[0]));
    node.planningError(new RequirementCycleException(cycle));
  }
}
