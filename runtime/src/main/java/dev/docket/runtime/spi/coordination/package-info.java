/**
 * How a run works with a central scheduler (issue #15, docs/scheduler.md): the executor asks
 * before running each task ({@link RunCoordination#claim}), so that runs of several processes or
 * machines never run a task twice, reports how each task ended, and hands the task a
 * {@link TaskChannel} for its status message, progress, tracking URL and the page's messages.
 * The implementation is found through {@link java.util.ServiceLoader} as a
 * {@link CoordinatorProvider} (the module {@code backends/scheduler}); without a scheduler the
 * executor uses {@link Coordinator#NONE}, which grants every claim and drops every report.
 */
package dev.docket.runtime.spi.coordination;
