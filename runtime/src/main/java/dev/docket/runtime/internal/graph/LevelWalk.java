package dev.docket.runtime.internal.graph;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.internal.remote.RemoteContainment;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The walk of {@link GraphBuilder}: breadth first, one level of the graph at a time, without
 * recursion. The tasks of a level are independent of each other, so their {@code outputs} and
 * {@code requirements}, and the identities of what they require, are asked for on the
 * {@link PlanningPool}'s threads; the calling thread then merges the level in order, creating
 * one node per new identity. The result is the walk on one thread's, node for node: the same
 * nodes in the same order, the same depths, and for each task the error that one thread would
 * have met first (a task's {@code requirements} is asked even if an identity of one of its
 * earlier requirements throws, but that identity's error is what is reported).
 */
final class LevelWalk {
  private static final TaskNode[] NONE = new TaskNode[0];
  /**
   * Requirements of one task that are identified where they are recorded; a task with more
   * (a fan's root) has them identified by the whole pool.
   */
  private static final int INLINE_IDS = 64;
  /**
   * Tasks of a level planned and merged at a time: a level of a million tasks keeps only one
   * batch's requirements (their task objects and identities) until they are merged.
   */
  static final int BATCH = 4_096;

  private final TaskRegistry registry;
  private final UnaryOperator<TaskFamily<?>> adapter;
  private final int maxDepth;
  private final OutputTimes times;
  private final PlanningPool pool;
  /** Whether reading a local output's time threw: the caller then plans again, on one thread. */
  private volatile boolean timesFailed;
  private final Map<TaskId, TaskNode> byId = new HashMap<>();
  private final ArrayList<TaskNode> discovered = new ArrayList<>();
  /** The requirements of the node being merged: one list for the whole walk. */
  private final ArrayList<TaskNode> required = new ArrayList<>();
  /** The requirements of {@link #seenFor} as a set, once it has many. */
  private Set<TaskNode> seen;
  private TaskNode seenFor;

  /**
   * @param times reads the listed nodes' output times meanwhile; {@code null}: each node's are
   *     read before its requirements are asked for, and a node whose times throw is not expanded
   */
  LevelWalk(
      TaskRegistry registry,
      UnaryOperator<TaskFamily<?>> adapter,
      int maxDepth,
      OutputTimes times,
      PlanningPool pool) {
    this.registry = registry;
    this.adapter = adapter;
    this.maxDepth = maxDepth;
    this.times = times;
    this.pool = pool;
  }

  /** Whether every output time was read: {@code false} when a target's threw. */
  boolean timesRead() {
    return !timesFailed;
  }

  /** The nodes reachable from {@code rootTask}, breadth first (the root first). */
  @SuppressWarnings("unchecked")
  List<TaskNode> walk(Object rootTask) {
    TaskFamily<Object> rootFamily = registry.familyOf(rootTask);
    TaskNode root = new TaskNode(
        rootFamily.id(rootTask), (TaskFamily<Object>) adapter.apply(rootFamily), rootTask, 0);
    byId.put(root.id(), root);
    List<TaskNode> level = List.of(root);
    while (!level.isEmpty()) {
      level = step(level.toArray(NONE));
    }
    return discovered;
  }

  /** Plans one level; returns the next (the nodes first met in this one's requirements). */
  private List<TaskNode> step(TaskNode[] level) {
    discovered.ensureCapacity(discovered.size() + level.length); // each is merged once
    ArrayList<TaskNode> next = new ArrayList<>();
    for (int start = 0; start < level.length; start += BATCH) {
      TaskNode[] nodes = Arrays.copyOfRange(level, start, Math.min(level.length, start + BATCH));
      Throwable[] listErrors = new Throwable[nodes.length];
      Expansion[] expansions = new Expansion[nodes.length];
      boolean[] read = new boolean[nodes.length];
      // Whether the pool's threads read the times of local outputs as they list them: when the
      // batch is shared out, the reading is shared like the rest; else OutputTimes's own thread
      // overlaps it with the walk.
      boolean readsTimes = times != null && pool.shares(nodes.length);
      pool.run(nodes.length,
          (from, to) -> list(nodes, listErrors, expansions, read, readsTimes, from, to));
      identify(expansions);
      for (int k = 0; k < nodes.length; k++) {
        merge(nodes[k], listErrors[k], read[k], expansions[k], next);
      }
    }
    return next;
  }

  /** On any thread: lists the outputs of nodes {@code from..to} and records their requirements. */
  private void list(
      TaskNode[] nodes,
      Throwable[] listErrors,
      Expansion[] expansions,
      boolean[] read,
      boolean readsTimes,
      int from,
      int to) {
    OutputList outputs = new OutputList();
    Expansion spare = null;
    for (int k = from; k < to; k++) {
      TaskNode node = nodes[k];
      try {
        listOutputs(node, outputs);
        if (times == null) {
          OutputTimes.read(node);
        }
      } catch (Throwable e) {
        listErrors[k] = e;
        continue;
      }
      if (readsTimes && OutputTimes.localFilesOnly(node)) {
        read[k] = true;
        try {
          OutputTimes.read(node);
        } catch (Exception | LinkageError e) {
          timesFailed = true;
        }
      }
      if (node.depth() < maxDepth) {
        Expansion expansion = spare == null ? new Expansion(registry) : spare;
        expansion.record(node.family(), node.task());
        if (expansion.count() <= INLINE_IDS) {
          // A usual task's few requirements are identified here, by the thread that has them.
          expansion.prepareIds();
          expansion.identify(0, expansion.count());
        }
        // Most tasks of a large graph (its leaves) require nothing: their record is reused.
        boolean empty = expansion.count() == 0 && expansion.error() == null;
        spare = empty ? expansion : null;
        expansions[k] = empty ? null : expansion;
      }
    }
  }

  /**
   * Stores the outputs of {@code node}, each checked against the store ({@link
   * RemoteContainment}); {@link OutputTimes} reads their times.
   */
  private static void listOutputs(TaskNode node, OutputList outputs) throws Exception {
    outputs.clear(); // the previous task's, also when it threw while listing
    node.family().outputs(node.task(), outputs);
    RemoteContainment.checkAll(node.family(), node.task(), outputs.buffer, outputs.count);
    node.outputs(outputs.buffer, outputs.count);
  }

  /**
   * Collects one task's outputs at a time, for one planning thread; without the reflective
   * array of {@code List.toArray(T[])}, which the client compiler does not make cheap.
   */
  private static final class OutputList implements Consumer<Target> {
    /** The outputs accepted since the last {@link #clear}, in order: the first {@link #count}. */
    private Target[] buffer = new Target[4];
    private int count;

    @Override
    public void accept(Target output) {
      if (count == buffer.length) {
        buffer = Arrays.copyOf(buffer, count * 2);
      }
      buffer[count++] = output;
    }

    /**
     * Forgets what was accepted. The buffer still holds the targets until its range of tasks
     * ends, which keeps nothing alive: the nodes hold the same targets.
     */
    void clear() {
      count = 0;
    }
  }

  /** Computes the identities of every requirement of the level, spread over the pool. */
  private void identify(Expansion[] expansions) {
    int[] starts = new int[expansions.length + 1];
    int total = 0;
    for (int k = 0; k < expansions.length; k++) {
      starts[k] = total;
      if (expansions[k] != null && expansions[k].count() > INLINE_IDS) {
        expansions[k].prepareIds();
        total += expansions[k].count();
      }
    }
    starts[expansions.length] = total;
    if (total == 0) {
      return;
    }
    pool.run(total, (from, to) -> {
      int k = owner(starts, from);
      for (int i = from; i < to; ) {
        while (starts[k + 1] <= i) {
          k++; // past tasks without requirements
        }
        int end = Math.min(to, starts[k + 1]);
        expansions[k].identify(i - starts[k], end - starts[k]);
        i = end;
      }
    });
  }

  /** The last task whose requirements start at or before {@code index}. */
  private static int owner(int[] starts, int index) {
    int low = 0;
    int high = starts.length - 2;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (starts[middle] <= index) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  /** On the calling thread, in order: what one thread would have done with {@code node}. */
  private void merge(
      TaskNode node, Throwable listError, boolean read, Expansion expansion,
      ArrayList<TaskNode> next) {
    discovered.add(node);
    try {
      if (listError != null) {
        throw rethrow(listError);
      }
      if (times != null && !read) {
        times.add(node);
      }
    } catch (BadInputException e) {
      throw e; // an output outside the store (#10): the whole command is refused
    } catch (Exception | LinkageError e) {
      node.planningError(e);
      return;
    }
    if (node.depth() >= maxDepth) {
      return;
    }
    try {
      node.requirements(required(node, expansion, next));
    } catch (BadInputException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      node.planningError(e);
    }
  }

  /**
   * The nodes {@code parent} requires, each new identity made a node of the next level (only
   * a new one: a requirement already known costs no node); throws the first error of the
   * expansion, after making nodes of the requirements before it.
   */
  @SuppressWarnings("unchecked")
  private TaskNode[] required(TaskNode parent, Expansion expansion, ArrayList<TaskNode> next)
      throws Exception {
    if (expansion == null) {
      return NONE;
    }
    required.clear();
    // Room for all at once rather than growing as they come: a fan's root has 100,000. Each
    // is new at most, so the next level's list is too large by this task's known ones at most.
    required.ensureCapacity(expansion.count());
    next.ensureCapacity(next.size() + expansion.count());
    for (int i = 0; i < expansion.count(); i++) {
      TaskId id = expansion.id(i);
      TaskNode child = byId.get(id);
      if (child == null) {
        // An adapted family (a workflow's) keeps the identity of the family it adapts.
        child = new TaskNode(id, (TaskFamily<Object>) adapter.apply(expansion.family(i)),
            expansion.task(i), parent.depth() + 1);
        byId.put(id, child);
        next.add(child);
      } else if (isDuplicate(parent, child)) {
        continue;
      }
      required.add(child);
      if (seenFor == parent) {
        seen.add(child);
      }
    }
    if (expansion.error() != null) {
      throw rethrow(expansion.error());
    }
    return required.isEmpty() ? NONE : required.toArray(NONE);
  }

  /** A linear scan for the usual few requirements; a set for a task that requires many. */
  private boolean isDuplicate(TaskNode parent, TaskNode child) {
    if (required.size() < 16) {
      return required.contains(child);
    }
    if (seenFor != parent) {
      seen = new HashSet<>(required);
      seenFor = parent;
    }
    return seen.contains(child);
  }

  /**
   * Throws {@code thrown}, caught on a planning thread, on the calling thread as it was: an
   * exception to be caught as one task's planning error, an error to end the planning.
   */
  static Exception rethrow(Throwable thrown) throws Exception {
    if (thrown instanceof Error error) {
      throw error;
    }
    throw (Exception) thrown;
  }
}
