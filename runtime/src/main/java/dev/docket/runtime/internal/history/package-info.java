/**
 * Not API: may change without notice. The run history: every run and the outcome of every task
 * that ran, failed or could not run, in an embedded SQLite database under the store, read by
 * the {@code history} command. A run records itself in a small journal file of its own
 * ({@code RunJournal}), which the {@code history} command imports ({@code PendingImport}), so
 * that a short run never loads the database driver.
 *
 * <p>Depends on the user API and {@code spi.config}; only the command line uses it.
 */
package dev.docket.runtime.internal.history;
