/**
 * The run history: every run and the outcome of every task that ran, failed or could not run,
 * in an embedded SQLite database under the store, read by the {@code history} command.
 */
package dev.docket.runtime.history;
