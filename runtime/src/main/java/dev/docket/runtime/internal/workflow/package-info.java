/**
 * Not API: may change without notice. Workflows during a run: what a run asks for
 * ({@link dev.docket.runtime.internal.workflow.WorkflowOptions}, {@code --branches} as a
 * {@link dev.docket.runtime.internal.workflow.BranchSelection}, checked by
 * {@link dev.docket.runtime.internal.workflow.BranchCheck}), the family of a workflow class as the
 * graph sees it ({@link dev.docket.runtime.internal.workflow.WorkflowFamilies},
 * {@link dev.docket.runtime.internal.workflow.WorkflowFamily}), a workflow task with its selected
 * branches ({@link dev.docket.runtime.internal.workflow.WorkflowTask}) and its output, the
 * collection of its branches' outputs; the seam to batch systems,
 * {@link dev.docket.runtime.internal.workflow.RemoteRunner}.
 *
 * <p>Depends on the user API (the {@code Workflow} interface), {@code spi},
 * {@code internal.store} and {@code internal.options}; the user package
 * {@code workflow}, {@code internal.batch}, the command line, {@code script} and {@code testing}
 * use it.
 */
package dev.docket.runtime.internal.workflow;
