package dev.docket.runtime.graph;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the modification times of the planned tasks' outputs once the graph is walked: for a
 * large graph on two threads, since one {@code stat} per output is the largest single cost of
 * planning a hundred thousand tasks (about a third of it) and the kernel serves two at once.
 *
 * <p>Only local files are read on the second thread (they are safe to read from any thread);
 * any other target is read on the calling thread.
 */
final class OutputTimes {
  /** Below this many tasks a second thread costs more than it saves. */
  static final int PARALLEL_FROM = 4096;

  private OutputTimes() {}

  /**
   * Reads the times of every node without a planning error; {@code false} as soon as a
   * target's {@code lastModified} throws (the caller then plans again, node by node).
   */
  static boolean read(List<TaskNode> nodes) {
    if (nodes.size() < PARALLEL_FROM) {
      return readAll(nodes, 0, nodes.size(), null);
    }
    int half = nodes.size() / 2;
    List<TaskNode> others = new ArrayList<>();
    Helper helper = new Helper(nodes, half, others);
    Thread thread = new Thread(helper, "docket-plan-outputs");
    thread.setDaemon(true);
    thread.start();
    boolean read = readAll(nodes, half, nodes.size(), null);
    joinUninterruptibly(thread);
    if (helper.error instanceof Error error) {
      throw error;
    }
    return read && helper.read && readAll(others, 0, others.size(), null);
  }

  /** Reads the times of {@code node}'s outputs, stopping at the first missing one. */
  static void read(TaskNode node) throws Exception {
    long oldest = Long.MAX_VALUE;
    long newest = Target.UNKNOWN_TIME;
    Target[] outputs = node.outputTargets();
    for (Target output : outputs) {
      long modified = output.lastModified();
      if (modified == Target.MISSING) {
        node.outputTimes(Target.MISSING, Target.MISSING);
        return;
      }
      oldest = Math.min(oldest, modified);
      newest = Math.max(newest, modified);
    }
    node.outputTimes(outputs.length == 0 ? Target.UNKNOWN_TIME : oldest, newest);
  }

  /**
   * Reads nodes {@code from} to {@code to}; with {@code others}, a node with an output that is
   * not a local file is left there for the calling thread.
   */
  private static boolean readAll(List<TaskNode> nodes, int from, int to, List<TaskNode> others) {
    for (int i = from; i < to; i++) {
      TaskNode node = nodes.get(i);
      if (node.planningError() != null) {
        continue;
      }
      if (others != null && !localFilesOnly(node)) {
        others.add(node);
        continue;
      }
      try {
        read(node);
      } catch (Exception | LinkageError e) {
        return false;
      }
    }
    return true;
  }

  private static boolean localFilesOnly(TaskNode node) {
    for (Target output : node.outputTargets()) {
      if (!(output instanceof LocalFileTarget)) {
        return false;
      }
    }
    return true;
  }

  private static void joinUninterruptibly(Thread thread) {
    boolean interrupted = false;
    while (true) {
      try {
        thread.join();
        break;
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** The first half of the nodes, on the second thread; its fields are read after join. */
  private static final class Helper implements Runnable {
    private final List<TaskNode> nodes;
    private final int to;
    private final List<TaskNode> others;
    private boolean read;
    private Throwable error;

    Helper(List<TaskNode> nodes, int to, List<TaskNode> others) {
      this.nodes = nodes;
      this.to = to;
      this.others = others;
    }

    @Override
    public void run() {
      try {
        read = readAll(nodes, 0, to, others);
      } catch (Throwable e) {
        error = e;
      }
    }
  }
}
