/**
 * Docket's user API: what a task's code and its caller touch. A task's outputs are
 * {@link dev.docket.runtime.Target}s, most often {@link dev.docket.runtime.LocalFileTarget}s in
 * the store; its {@code run} may take a {@link dev.docket.runtime.TaskContext}; bad input is a
 * {@link dev.docket.runtime.BadInputException}. A run ends in a
 * {@link dev.docket.runtime.RunSummary} of {@link dev.docket.runtime.TaskResult}s, one
 * {@link dev.docket.runtime.Outcome} per task named by its {@link dev.docket.runtime.TaskId}.
 *
 * <p>The user-facing packages beside it: {@code script} (an analysis from plain Java),
 * {@code testing} (running tasks in a test), {@code workflow} (tasks with a branch map) and
 * {@code param} (parameter value types). Everything under {@code spi} serves generated code and
 * backends, everything under {@code internal} is not API; neither appears in the user Javadoc.
 *
 * <p>This package depends on nothing of Docket's but {@code internal.store} (where
 * {@code LocalFileTarget} resolves and writes), {@code internal.exec} (how a failure reads) and
 * {@code spi.param} (quoting); every other package may depend on it.
 */
package dev.docket.runtime;
