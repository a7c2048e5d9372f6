package dev.docket.runtime.internal.graph;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.TaskFamily;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One task of the graph: its identity, the task object, its outputs and the tasks it requires.
 *
 * <p>Nodes are kept small (arrays, no per-node collections beyond what the task reports) because
 * an analysis may plan a hundred thousand of them. The graph builder fills a node once; after
 * {@link GraphBuilder} returns, a node does not change.
 */
public final class TaskNode {
  private static final Target[] NO_TARGETS = new Target[0];
  private static final TaskNode[] NO_NODES = new TaskNode[0];

  private final TaskId id;
  private final TaskFamily<Object> family;
  private final Object task;
  private final int depth;
  /**
   * A task's only output is kept without an array (most tasks have one, and a hundred thousand
   * arrays of one are 2.4 MB to allocate); {@code null} when it has none or several, which
   * {@link #outputs} holds.
   */
  private Target onlyOutput;
  private Target[] outputs = NO_TARGETS;
  private TaskNode[] requirements = NO_NODES;
  private boolean expanded;
  private boolean complete;
  private long oldestOutput;
  private long newestOutput;
  private Throwable planningError;
  /** Scratch mark for the builder's depth-first walk (0 new, 1 on the path, 2 done). */
  int mark;
  /** The position in {@link TaskGraph#nodes()}, set once the order is known. */
  private int index = -1;

  TaskNode(TaskId id, TaskFamily<Object> family, Object task, int depth) {
    this.id = id;
    this.family = family;
    this.task = task;
    this.depth = depth;
  }

  public TaskId id() {
    return id;
  }

  public TaskFamily<Object> family() {
    return family;
  }

  /** The user's task object. */
  public Object task() {
    return task;
  }

  /** The distance from the requested task along the shortest path (the requested task is 0). */
  public int depth() {
    return depth;
  }

  public List<Target> outputs() {
    return onlyOutput != null
        ? Collections.singletonList(onlyOutput) // answers contains(null) as a list of two does
        : Collections.unmodifiableList(Arrays.asList(outputs));
  }

  /** How many outputs the task has; with {@link #output(int)}, a walk without copies. */
  int outputCount() {
    return onlyOutput != null ? 1 : outputs.length;
  }

  /** The {@code i}-th output, in the order the task listed them. */
  Target output(int i) {
    return onlyOutput != null && i == 0 ? onlyOutput : outputs[i];
  }

  /**
   * The required nodes. Empty when the task was not expanded: it is complete (make-like
   * planning stops there), beyond the requested depth, or its planning failed.
   */
  public List<TaskNode> requirements() {
    return Collections.unmodifiableList(Arrays.asList(requirements));
  }

  /** How many tasks this one requires; with {@link #requirement(int)}, a walk without copies. */
  public int requirementCount() {
    return requirements.length;
  }

  /** The {@code i}-th required node, in the order the task declared them. */
  public TaskNode requirement(int i) {
    return requirements[i];
  }

  /**
   * The node's position in {@link TaskGraph#nodes()} (dependencies first), so that the executor
   * can keep per-node state in arrays instead of maps.
   */
  public int index() {
    return index;
  }

  void index(int index) {
    this.index = index;
  }

  /** Whether the builder asked the task for its requirements. */
  public boolean expanded() {
    return expanded;
  }

  /**
   * Whether the task is complete: all its outputs exist, its requirements are complete and none
   * of their outputs is newer than its own; a task without outputs (a wrapper) is complete when
   * its requirements are.
   */
  public boolean complete() {
    return complete;
  }

  /**
   * The modification time of the task's oldest output in milliseconds, {@link Target#MISSING}
   * when an output does not exist, {@link Target#UNKNOWN_TIME} when there are none or their
   * storage keeps no times.
   */
  public long oldestOutput() {
    return oldestOutput;
  }

  /** The modification time of the task's newest output, or {@link Target#UNKNOWN_TIME}. */
  public long newestOutput() {
    return newestOutput;
  }

  void outputTimes(long oldest, long newest) {
    this.oldestOutput = oldest;
    this.newestOutput = newest;
  }

  /** What the task's {@code requirements} or {@code outputs} threw, or {@code null}. */
  public Throwable planningError() {
    return planningError;
  }

  /** A task without outputs, complete exactly when its requirements are. */
  public boolean isWrapper() {
    return outputCount() == 0 && planningError == null;
  }

  void outputs(Target[] outputs) {
    this.onlyOutput = null;
    this.outputs = outputs;
  }

  /**
   * Keeps the first {@code count} targets of {@code listed}, the caller's buffer: one alone,
   * several in an array of their own. A {@code null} output (a task's bug) stays in an array,
   * where reading its time fails as before, instead of making the task look like a wrapper.
   */
  void outputs(Target[] listed, int count) {
    if (count == 1 && listed[0] != null) {
      onlyOutput = listed[0];
      outputs = NO_TARGETS;
    } else {
      outputs(count == 0 ? NO_TARGETS : Arrays.copyOf(listed, count));
    }
  }

  void requirements(TaskNode[] requirements) {
    this.requirements = requirements;
    this.expanded = true;
  }

  void complete(boolean complete) {
    this.complete = complete;
  }

  void planningError(Throwable error) {
    this.planningError = error;
    this.complete = false;
  }

  @Override
  public String toString() {
    return id.toString();
  }
}
