package dev.docket.runtime.internal.graph;

import java.util.Collections;
import java.util.List;

/**
 * The planned graph of one requested task: every node reachable from {@link #root()} through
 * the requirements that the builder expanded, one node per {@link dev.docket.runtime.TaskId}.
 *
 * @param root the requested task
 * @param nodes every node, dependencies before the tasks that require them (a topological
 *     order; ties keep discovery order, so the order is deterministic)
 */
public record TaskGraph(TaskNode root, List<TaskNode> nodes) {
  public TaskGraph {
    nodes = Collections.unmodifiableList(nodes);
  }

  /** The incomplete nodes, dependencies first: what a run has to do. */
  public List<TaskNode> incomplete() {
    return nodes.stream().filter(n -> !n.complete()).toList();
  }

  public int size() {
    return nodes.size();
  }
}
