package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.TaskContext;

/**
 * Runs the branches of a workflow as jobs of a batch backend, when {@code --workflow} names one;
 * implemented by the job machinery in {@code dev.docket.runtime.batch}.
 */
public interface RemoteRunner {
  /** Submits, polls and resubmits until the workflow's branches are done or have failed. */
  void run(WorkflowTask<?> workflow, TaskContext context) throws Exception;
}
