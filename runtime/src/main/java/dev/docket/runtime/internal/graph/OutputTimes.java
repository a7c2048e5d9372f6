package dev.docket.runtime.internal.graph;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.internal.remote.RemoteOutputs;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Reads the modification times of the planned tasks' outputs while the graph is still being
 * walked. One {@code stat} per output is the largest single cost of planning a hundred thousand
 * tasks after the walk itself; the walk runs the tasks' own code on one core and the kernel
 * serves the {@code stat}s on the other, so the two overlap. The walk hands over nodes in
 * batches; a second thread starts with the first full batch (a small graph is read on the
 * calling thread, where a thread would cost more than it saves), and at the end the calling
 * thread helps with whatever batches are left.
 *
 * <p>Only local files are read on the second thread (they are safe to read from any thread);
 * a node with any other target is left for the calling thread, which reads those at the end,
 * after listing once each remote directory that holds several of their outputs.
 */
final class OutputTimes {
  /** Nodes per hand-over; the second thread starts with the first full batch. */
  static final int BATCH = 1024;

  private static final TaskNode[] END = new TaskNode[0];

  private final LinkedBlockingQueue<TaskNode[]> batches = new LinkedBlockingQueue<>();
  private TaskNode[] batch = new TaskNode[BATCH];
  private int count;
  private Reader reader;

  /** Starts reading; {@link #add} the nodes whose outputs are listed, then {@link #finish}. */
  static OutputTimes start() {
    return new OutputTimes();
  }

  /** Reads {@code nodes} (those without a planning error); see {@link #finish}. */
  static boolean read(List<TaskNode> nodes) {
    OutputTimes times = start();
    for (TaskNode node : nodes) {
      if (node.planningError() == null) {
        times.add(node);
      }
    }
    return times.finish();
  }

  /** Queues {@code node}, whose outputs are listed, for reading. */
  void add(TaskNode node) {
    batch[count++] = node;
    if (count == BATCH) {
      if (reader == null) {
        reader = new Reader(batches);
        Thread thread = new Thread(reader, "docket-plan-outputs");
        thread.setDaemon(true);
        reader.thread = thread;
        thread.start();
      }
      batches.add(batch);
      batch = new TaskNode[BATCH];
      count = 0;
    }
  }

  /**
   * Waits until every added node's times are read; {@code false} when a target's
   * {@code lastModified} threw (the caller then plans again, node by node).
   */
  boolean finish() {
    List<TaskNode> others = new ArrayList<>();
    boolean read = end(others);
    return read && readOthers(others);
  }

  /**
   * Ends the reading after the walk failed with {@code failure}, reading nothing more (no graph
   * is made); what the second thread threw rides along with {@code failure}, suppressed.
   */
  void abandon(Throwable failure) {
    if (reader != null) {
      batches.clear(); // the batches not yet taken are not read
      stopReader();
      if (reader.error != null) {
        failure.addSuppressed(reader.error);
      }
    }
  }

  /** Reads what is left of the local batches and ends the second thread. */
  private boolean end(List<TaskNode> others) {
    boolean read = readBatch(batch, count, others);
    if (reader != null) {
      for (TaskNode[] left; (left = batches.poll()) != null; ) {
        read &= readBatch(left, left.length, others);
      }
      stopReader();
      if (reader.error instanceof Error error) {
        throw error;
      }
      if (reader.error instanceof RuntimeException error) {
        throw error;
      }
      read &= reader.read;
      others.addAll(reader.others);
    }
    return read;
  }

  /** Ends the second thread once it has read the batches still queued. */
  private void stopReader() {
    batches.add(END);
    Uninterruptibly.await(reader.thread::join);
  }

  /**
   * Reads the nodes with targets other than local files, on the calling thread, after the
   * directories that hold several of their remote outputs are listed once ({@link
   * RemoteOutputs#prefetch}).
   */
  private static boolean readOthers(List<TaskNode> others) {
    if (others.isEmpty()) {
      return true;
    }
    List<Target> outputs = new ArrayList<>();
    for (TaskNode node : others) {
      for (int i = 0; i < node.outputCount(); i++) {
        outputs.add(node.output(i));
      }
    }
    try (RemoteOutputs.Snapshot snapshot = RemoteOutputs.prefetch(outputs)) {
      return readBatch(others.toArray(END), others.size(), null);
    }
  }

  /** Reads the times of {@code node}'s outputs, stopping at the first missing one. */
  static void read(TaskNode node) throws Exception {
    long oldest = Long.MAX_VALUE;
    long newest = Target.UNKNOWN_TIME;
    int count = node.outputCount();
    for (int i = 0; i < count; i++) {
      long modified = node.output(i).lastModified();
      if (modified == Target.MISSING) {
        node.outputTimes(Target.MISSING, Target.MISSING);
        return;
      }
      oldest = Math.min(oldest, modified);
      newest = Math.max(newest, modified);
    }
    node.outputTimes(count == 0 ? Target.UNKNOWN_TIME : oldest, newest);
  }

  /**
   * Reads the first {@code size} nodes of {@code nodes}; with {@code others}, a node with an
   * output that is not a local file is left there for the calling thread. {@code false} as soon
   * as a target throws.
   */
  private static boolean readBatch(TaskNode[] nodes, int size, List<TaskNode> others) {
    for (int i = 0; i < size; i++) {
      TaskNode node = nodes[i];
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

  static boolean localFilesOnly(TaskNode node) {
    for (int i = 0; i < node.outputCount(); i++) {
      if (!(node.output(i) instanceof LocalFileTarget)) {
        return false;
      }
    }
    return true;
  }

  /** The second thread: reads batches until the end marker; what it read is seen after join. */
  private static final class Reader implements Runnable {
    private final LinkedBlockingQueue<TaskNode[]> batches;
    private final List<TaskNode> others = new ArrayList<>();
    private Thread thread;
    private boolean read = true;
    private Throwable error;

    Reader(LinkedBlockingQueue<TaskNode[]> batches) {
      this.batches = batches;
    }

    @Override
    public void run() {
      try {
        for (TaskNode[] next; (next = batches.take()) != END; ) {
          // After a failure the caller plans again: drain without reading.
          read = read && readBatch(next, next.length, others);
        }
      } catch (InterruptedException e) {
        error = new IllegalStateException("interrupted while reading output times", e);
      } catch (Throwable e) {
        // Rethrown on the calling thread, which reads what is left of the batches (the queue
        // has no bound: nothing waits for this thread to take them) and joins this one.
        error = e;
      }
    }
  }
}
