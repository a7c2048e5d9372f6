package dev.docket.runtime.internal.graph;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.internal.remote.RemoteContainment;
import dev.docket.runtime.internal.store.StoreContainment;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javax.inject.Inject;

/**
 * Builds the {@link TaskGraph} of a requested task, breadth first and without recursion (a chain
 * of 100,000 tasks must not overflow the stack).
 *
 * <p>Completeness is make's, decided dependencies first: a task is complete when all its
 * outputs exist, every task it requires is complete, and no output of a required task is newer
 * than its own oldest output. So deleting an intermediate output re-runs that task and
 * everything downstream of it, as {@code make} would. A task without outputs (a wrapper) is
 * complete when its requirements are. {@link #expand} stops at a depth, for the commands that
 * clean part of the graph. Whatever a task's {@code requirements} or {@code outputs} throws
 * becomes that task's {@link TaskNode#planningError()}, except bad input: a
 * {@link BadInputException}, such as a parameter value that leads an output out of the store
 * ({@link StoreContainment}; remote outputs, {@link RemoteContainment}), refuses the whole command before anything runs or is removed.
 */
public final class GraphBuilder {
  private final TaskRegistry registry;
  private final UnaryOperator<TaskFamily<?>> adapter;

  @Inject
  public GraphBuilder(TaskRegistry registry) {
    this(registry, UnaryOperator.identity());
  }

  private GraphBuilder(TaskRegistry registry, UnaryOperator<TaskFamily<?>> adapter) {
    this.registry = registry;
    this.adapter = adapter;
  }

  /**
   * A builder that sees every family through {@code adapter}: workflows (#5) replace the
   * generated family of a workflow class with one that requires its branches.
   */
  public GraphBuilder adapting(UnaryOperator<TaskFamily<?>> adapter) {
    return new GraphBuilder(registry, adapter);
  }

  /** The whole graph of {@code root}, each node's completeness decided. */
  public TaskGraph plan(Object root) {
    return build(root, Integer.MAX_VALUE);
  }

  /**
   * The graph of {@code root} to {@code maxDepth} ({@code 0}: the task alone). Completeness of
   * the nodes at the depth limit only reflects their own outputs.
   */
  public TaskGraph expand(Object root, int maxDepth) {
    return build(root, maxDepth);
  }

  private TaskGraph build(Object rootTask, int maxDepth) {
    OutputTimes times = OutputTimes.start();
    List<TaskNode> discovered;
    boolean read;
    try {
      discovered = walk(rootTask, maxDepth, times);
    } catch (RuntimeException | Error e) {
      times.abandon(); // the reading thread must end; what the walk threw is the news
      throw e;
    }
    read = times.finish();
    if (!read) {
      // A target's lastModified threw (a custom target; a local file cannot). Its task must
      // not be expanded, which the walk could not know: walk again, checking every task's
      // outputs before asking for its requirements. Rare, so the common walk stays cheap.
      discovered = walk(rootTask, maxDepth, null);
    }
    TaskNode root = discovered.get(0);
    List<TaskNode> order = TopologicalOrder.of(root, discovered.size());
    for (TaskNode node : order) {
      if (node.planningError() == null) {
        node.complete(upToDate(node));
      }
    }
    return new TaskGraph(root, order);
  }

  /**
   * The nodes reachable from {@code rootTask}, breadth first (the root first), their outputs
   * listed and handed to {@code times} to be read meanwhile; without {@code times}, each node's
   * outputs are read before its requirements are asked for.
   */
  private List<TaskNode> walk(Object rootTask, int maxDepth, OutputTimes times) {
    Map<TaskId, TaskNode> byId = new HashMap<>();
    ArrayDeque<TaskNode> queue = new ArrayDeque<>();
    TaskFamily<Object> rootFamily = registry.familyOf(rootTask);
    TaskNode root = newNode(rootFamily, rootTask, rootFamily.id(rootTask), 0);
    byId.put(root.id(), root);
    queue.add(root);
    List<TaskNode> discovered = new ArrayList<>();
    // One sink and one output list for the whole walk: a hundred thousand nodes must not
    // mean a hundred thousand short-lived collections.
    RequirementSink sink = new RequirementSink(byId, queue);
    List<Target> outputs = new ArrayList<>(4);
    Consumer<Target> addOutput = outputs::add;
    while (!queue.isEmpty()) {
      TaskNode node = queue.poll();
      discovered.add(node);
      try {
        listOutputs(node, outputs, addOutput);
        if (times == null) {
          OutputTimes.read(node);
        } else {
          times.add(node);
        }
      } catch (BadInputException e) {
        throw e; // an output outside the store (#10): the whole command is refused
      } catch (Exception | LinkageError e) {
        node.planningError(e);
        continue;
      }
      if (node.depth() >= maxDepth) {
        continue;
      }
      try {
        node.requirements(sink.read(node));
      } catch (BadInputException e) {
        throw e;
      } catch (Exception | LinkageError e) {
        node.planningError(e);
      }
    }
    return discovered;
  }

  @SuppressWarnings("unchecked")
  private TaskNode newNode(TaskFamily<?> family, Object task, TaskId id, int depth) {
    // An adapted family (a workflow's) keeps the identity of the family it adapts.
    return new TaskNode(id, (TaskFamily<Object>) adapter.apply(family), task, depth);
  }

  /**
   * Stores the outputs of {@code node}, each checked against the store ({@link
   * StoreContainment}); {@link OutputTimes} reads their times.
   */
  private static void listOutputs(TaskNode node, List<Target> outputs, Consumer<Target> addOutput)
      throws Exception {
    outputs.clear();
    node.family().outputs(node.task(), addOutput);
    Target[] listed = outputs.toArray(new Target[0]);
    RemoteContainment.checkAll(node.family(), node.task(), Arrays.asList(listed));
    node.outputs(listed);
  }

  /**
   * Make's rule, applied once the requirements are decided: all outputs exist, every
   * requirement is complete, and no requirement's output is newer than this task's oldest.
   */
  private static boolean upToDate(TaskNode node) {
    if (node.oldestOutput() == Target.MISSING) {
      return false;
    }
    for (int i = 0; i < node.requirementCount(); i++) {
      TaskNode required = node.requirement(i);
      if (!required.complete()) {
        return false;
      }
      if (node.oldestOutput() != Target.UNKNOWN_TIME
          && required.newestOutput() != Target.UNKNOWN_TIME
          && required.newestOutput() > node.oldestOutput()) {
        return false;
      }
    }
    return !node.isWrapper() || node.expanded();
  }

  /** Receives the requirements of one node at a time, creating a node per new identity. */
  private final class RequirementSink implements Requirements {
    private static final TaskNode[] NONE = new TaskNode[0];
    private final Map<TaskId, TaskNode> byId;
    private final ArrayDeque<TaskNode> queue;
    private final List<TaskNode> required = new ArrayList<>();
    private TaskNode parent;
    /** The requirements of {@link #seenFor} as a set, once it has many. */
    private Set<TaskNode> seen;
    private TaskNode seenFor;

    RequirementSink(Map<TaskId, TaskNode> byId, ArrayDeque<TaskNode> queue) {
      this.byId = byId;
      this.queue = queue;
    }

    TaskNode[] read(TaskNode node) throws Exception {
      parent = node;
      required.clear();
      node.family().requirements(node.task(), this);
      return required.isEmpty() ? NONE : required.toArray(NONE);
    }

    @Override
    public <R> void add(TaskFamily<R> family, R task) {
      TaskId id = family.id(task);
      TaskNode child = byId.get(id);
      if (child == null) {
        child = newNode(family, task, id, parent.depth() + 1);
        byId.put(id, child);
        queue.add(child);
      } else if (isDuplicate(child)) {
        return;
      }
      required.add(child);
      if (seenFor == parent) {
        seen.add(child);
      }
    }

    /** A linear scan for the usual few requirements; a set for a task that requires many. */
    private boolean isDuplicate(TaskNode child) {
      if (required.size() < 16) {
        return required.contains(child);
      }
      if (seenFor != parent) {
        seen = new HashSet<>(required);
        seenFor = parent;
      }
      return seen.contains(child);
    }

    @Override
    public void add(Object task) {
      add(registry.familyOf(task), task);
    }
  }
}
