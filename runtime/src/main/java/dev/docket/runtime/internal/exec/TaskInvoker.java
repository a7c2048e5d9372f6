package dev.docket.runtime.internal.exec;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;

/**
 * How a task's {@code run()} is invoked: in this JVM ({@link #IN_PROCESS}), or re-launched in a
 * sandbox ({@code internal.sandbox}). Everything around it (locks, retries, the timeout, the
 * check and removal of outputs) is the runner's, the same either way.
 */
public interface TaskInvoker {
  /** The task's own {@code run}, on the calling thread. */
  TaskInvoker IN_PROCESS = (node, context) -> node.family().run(node.task(), context);

  /**
   * Called once before anything of {@code graph} runs: the place to refuse, as bad input, what
   * would make a task fail before it starts (a sandbox that cannot start).
   */
  default void prepare(TaskGraph graph) {}

  /**
   * Runs {@code node}'s task with {@code context}; an interrupt of the calling thread (a timeout,
   * a stopped run) must end the work and throw.
   */
  void run(TaskNode node, TaskContext context) throws Exception;
}
