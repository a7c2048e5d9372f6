/**
 * Workflows for users: a {@link dev.docket.runtime.workflow.Workflow} is a task class with a
 * branch map that runs as one branch task per entry; {@link dev.docket.runtime.workflow.Branches}
 * helps write the map and {@link dev.docket.runtime.workflow.Workflows#branchesOf} gives a task
 * downstream the branches it reads.
 *
 * <p>User API. The machinery (branch selection, the workflow's view in a run, its collection
 * output, local claims) lives in {@code dev.docket.runtime.internal.workflow}, which this package
 * calls; internal code and generated code may depend on this package.
 */
package dev.docket.runtime.workflow;
