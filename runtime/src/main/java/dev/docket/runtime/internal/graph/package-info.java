/**
 * Not API: may change without notice. The task graph: planning from a requested task
 * (make-like or fully expanded), one node per task identity, a deterministic
 * dependencies-first order, and tree walks for printing.
 *
 * <p>Depends on the user API, {@code spi}, {@code internal.store} and {@code
 * internal.remote} (remote outputs' times from one listing per directory); the
 * executor, the command line, {@code script} and {@code testing} use it.
 */
package dev.docket.runtime.internal.graph;
