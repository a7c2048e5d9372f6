package dev.docket.runtime.graph;

import dev.docket.runtime.Target;
import dev.docket.runtime.task.Requirements;
import dev.docket.runtime.task.TaskFamily;
import dev.docket.runtime.task.TaskId;
import dev.docket.runtime.task.TaskRegistry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;

/**
 * Builds the {@link TaskGraph} of a requested task, breadth first and without recursion (a chain
 * of 100,000 tasks must not overflow the stack).
 *
 * <p>{@link #plan} is make-like, as luigi: a task whose outputs all exist is complete and its
 * requirements are not even asked for. {@link #expand} ignores completeness and expands to a
 * depth, for the commands that show or clean the graph. Whatever a task's {@code requirements}
 * or {@code outputs} throws becomes that task's {@link TaskNode#planningError()}; planning itself
 * never fails because of user code.
 */
public final class GraphBuilder {
  private final TaskRegistry registry;

  @Inject
  public GraphBuilder(TaskRegistry registry) {
    this.registry = registry;
  }

  /** The graph of what must run for {@code root}, stopping at every complete task. */
  public TaskGraph plan(Object root) {
    return build(root, Integer.MAX_VALUE, true);
  }

  /**
   * The graph of {@code root} to {@code maxDepth} ({@code 0}: the task alone), complete tasks
   * expanded too.
   */
  public TaskGraph expand(Object root, int maxDepth) {
    return build(root, maxDepth, false);
  }

  private TaskGraph build(Object rootTask, int maxDepth, boolean stopAtComplete) {
    Map<TaskId, TaskNode> byId = new HashMap<>();
    ArrayDeque<TaskNode> queue = new ArrayDeque<>();
    TaskNode root = newNode(registry.familyOf(rootTask), rootTask, 0);
    byId.put(root.id(), root);
    queue.add(root);
    List<TaskNode> discovered = new ArrayList<>();
    while (!queue.isEmpty()) {
      TaskNode node = queue.poll();
      discovered.add(node);
      boolean outputsExist;
      try {
        outputsExist = readOutputs(node);
      } catch (Exception | LinkageError e) {
        node.planningError(e);
        continue;
      }
      node.complete(outputsExist);
      if ((stopAtComplete && outputsExist) || node.depth() >= maxDepth) {
        continue;
      }
      try {
        node.requirements(readRequirements(node, byId, queue));
      } catch (Exception | LinkageError e) {
        node.planningError(e);
      }
    }
    List<TaskNode> order = TopologicalOrder.of(root, discovered.size());
    for (TaskNode node : order) {
      if (node.isWrapper()) {
        node.complete(node.expanded() ? allComplete(node.requirements()) : wrapperComplete(node));
      }
    }
    return new TaskGraph(root, order);
  }

  @SuppressWarnings("unchecked")
  private static TaskNode newNode(TaskFamily<?> family, Object task, int depth) {
    TaskFamily<Object> f = (TaskFamily<Object>) family;
    return new TaskNode(f.id(task), f, task, depth);
  }

  /** Stores the outputs of {@code node}; whether there are some and all exist. */
  private static boolean readOutputs(TaskNode node) throws Exception {
    List<Target> outputs = new ArrayList<>(2);
    node.family().outputs(node.task(), outputs::add);
    node.outputs(outputs.toArray(new Target[0]));
    if (outputs.isEmpty()) {
      return false;
    }
    for (Target output : outputs) {
      if (!output.exists()) {
        return false;
      }
    }
    return true;
  }

  private TaskNode[] readRequirements(
      TaskNode node, Map<TaskId, TaskNode> byId, ArrayDeque<TaskNode> queue) throws Exception {
    List<TaskNode> required = new ArrayList<>(4);
    Set<TaskNode> seen = new HashSet<>();
    Requirements sink =
        new Requirements() {
          @Override
          public <R> void add(TaskFamily<R> family, R task) {
            TaskId id = family.id(task);
            TaskNode child = byId.get(id);
            if (child == null) {
              child = newNode(family, task, node.depth() + 1);
              byId.put(id, child);
              queue.add(child);
            }
            if (seen.add(child)) {
              required.add(child);
            }
          }

          @Override
          public void add(Object task) {
            add(registry.familyOf(task), task);
          }
        };
    node.family().requirements(node.task(), sink);
    return required.toArray(new TaskNode[0]);
  }

  private static boolean allComplete(List<TaskNode> nodes) {
    for (TaskNode n : nodes) {
      if (!n.complete()) {
        return false;
      }
    }
    return true;
  }

  /** A wrapper left unexpanded at the depth limit: plan it make-like to know. */
  private boolean wrapperComplete(TaskNode node) {
    return plan(node.task()).root().complete();
  }
}
