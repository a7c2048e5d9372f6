package dev.docket.runtime.internal.graph;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a graph as an indented tree, depth first and without recursion, for
 * {@code --print-deps} and {@code --print-status}. A node met again is reported as seen before
 * and its requirements are not repeated.
 */
public final class TreeWalker {
  /** Receives the tree in print order. */
  public interface Visitor {
    /**
     * @param node the task
     * @param depth its depth in the tree (the root is 0)
     * @param seenBefore whether the node was visited above (its requirements are then skipped)
     */
    void visit(TaskNode node, int depth, boolean seenBefore);
  }

  private TreeWalker() {}

  /** Visits {@code root} and its requirements down to {@code maxDepth}. */
  public static void walk(TaskNode root, int maxDepth, Visitor visitor) {
    record Entry(TaskNode node, int depth) {}
    Set<TaskNode> seen = new HashSet<>();
    ArrayDeque<Entry> stack = new ArrayDeque<>();
    stack.push(new Entry(root, 0));
    while (!stack.isEmpty()) {
      Entry entry = stack.pop();
      TaskNode node = entry.node();
      boolean seenBefore = !seen.add(node);
      visitor.visit(node, entry.depth(), seenBefore);
      if (!seenBefore && entry.depth() < maxDepth) {
        List<TaskNode> requirements = node.requirements();
        for (int i = requirements.size() - 1; i >= 0; i--) {
          stack.push(new Entry(requirements.get(i), entry.depth() + 1));
        }
      }
    }
  }
}
